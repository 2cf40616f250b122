//! Writing results to what the user named with `--output`.
//!
//! - A regular file (existing or new) is replaced atomically: a temporary file in the same
//!   folder, then a rename, so a failed run never leaves a partial or truncated file. An
//!   existing file keeps its permissions; a new one gets the umask's. A symlink is followed and
//!   its target replaced, never the link itself.
//! - Anything else (`-`, `/dev/stdout`, a terminal, a character device, a named pipe) is written
//!   directly: renaming over it would destroy it.

use std::fs::{self, OpenOptions, Permissions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::input::os_reason;

/// How many symlinks are followed before giving up (the kernel's own limit is 40).
const MAX_LINK_HOPS: usize = 40;

/// Writes `content` to `path`: atomically for regular files, directly for everything else.
pub fn write_output(path: &Path, content: &[u8]) -> Result<(), Error> {
    if let Some(stream) = StdStream::named(path) {
        return stream.write(content);
    }
    let fail = |e: std::io::Error| write_error(path, &e);
    match Destination::of(path).map_err(fail)? {
        Destination::Stream(target) => {
            // A link to /dev/stdout names our own stream: write through the open handle.
            if let Some(stream) = StdStream::named(&target) {
                return stream.write(content);
            }
            let file = OpenOptions::new().write(true).open(path).map_err(fail)?;
            write_stream(file, content).map_err(fail)
        }
        Destination::File { target, keep } => {
            write_atomic(&target, content, keep).map_err(|e| write_error(&target, &e))
        }
    }
}

/// The process's own standard output or error, named as `-`, `/dev/stdout`, `/dev/fd/1` ...:
/// written through the open handle, so `>>` appends and a pipe stays a pipe.
enum StdStream {
    Out,
    Err,
}

impl StdStream {
    fn named(path: &Path) -> Option<StdStream> {
        match path.to_str()? {
            "-" | "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1" => Some(StdStream::Out),
            "/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2" => Some(StdStream::Err),
            _ => None,
        }
    }

    fn write(self, content: &[u8]) -> Result<(), Error> {
        let (result, name) = match self {
            StdStream::Out => (
                write_stream(std::io::stdout().lock(), content),
                "standard output",
            ),
            StdStream::Err => (
                write_stream(std::io::stderr().lock(), content),
                "standard error",
            ),
        };
        result.map_err(|e| write_error(Path::new(name), &e))
    }
}

/// What a path leads to.
enum Destination {
    /// A device, pipe, socket or a process's standard stream (the end of the link chain):
    /// write in place.
    Stream(PathBuf),
    /// A regular file to replace (`keep`: the permissions of the file it replaces).
    File {
        target: PathBuf,
        keep: Option<Permissions>,
    },
}

impl Destination {
    fn of(path: &Path) -> std::io::Result<Destination> {
        let (target, through_proc) = follow_links(path)?;
        match fs::metadata(&target) {
            Ok(meta) if !meta.is_file() => Ok(Destination::Stream(target)),
            // `/dev/stdout` → `/proc/self/fd/1` → a file the shell opened: write to it in place,
            // as `> file` would, instead of swapping the file under the shell.
            Ok(_) if through_proc => Ok(Destination::Stream(target)),
            Ok(meta) => Ok(Destination::File {
                target,
                keep: Some(meta.permissions()),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(Destination::File { target, keep: None })
            }
            Err(e) => Err(e),
        }
    }
}

/// Follows a chain of symlinks to the path it ends at (which may not exist yet). Also says
/// whether the chain passed through `/proc` or `/dev/fd`, whose links name open files.
fn follow_links(path: &Path) -> std::io::Result<(PathBuf, bool)> {
    let mut current = path.to_path_buf();
    let mut through_proc = is_fd_link(&current);
    for _ in 0..MAX_LINK_HOPS {
        match fs::symlink_metadata(&current) {
            // Links under /proc and /dev/fd name open files ("pipe:[123]"), not paths.
            Ok(m) if m.file_type().is_symlink() && !through_proc => {
                let next = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
                through_proc |= is_fd_link(&current);
            }
            _ => return Ok((current, through_proc)),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

fn is_fd_link(path: &Path) -> bool {
    path.starts_with("/proc") || path.starts_with("/dev/fd") || path.starts_with("/dev/std")
}

fn write_stream(mut stream: impl Write, content: &[u8]) -> std::io::Result<()> {
    stream.write_all(content)?;
    stream.flush()
}

fn write_atomic(path: &Path, content: &[u8], keep: Option<Permissions>) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".lexgap-");
    // Read and write for all, less what the umask takes away (the kernel applies it when the
    // file is created), as for any other program's output; tempfile's default is 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(content)?;
    tmp.as_file().sync_all()?;
    if let Some(perms) = keep {
        fs::set_permissions(tmp.path(), perms)?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn write_error(path: &Path, e: &std::io::Error) -> Error {
    let hint = match e.kind() {
        std::io::ErrorKind::NotFound => "\nhint: the folder must exist; create it first",
        std::io::ErrorKind::PermissionDenied => {
            "\nhint: choose a folder you can write to, or change its permissions"
        }
        _ => "",
    };
    Error::Io(format!(
        "cannot write {}: {}{hint}",
        path.display(),
        os_reason(e)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        fs::write(&path, "old content that is longer").unwrap();
        write_output(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left behind"
        );
    }

    #[test]
    fn missing_folder_is_an_error_naming_the_path_and_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/out.txt");
        let e = write_output(&path, b"x").unwrap_err();
        let text = e.render(false);
        assert!(text.contains("no/such/out.txt"), "{text}");
        assert!(text.contains("No such file or directory"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_mode_of_an_existing_file_and_uses_the_umask_for_a_new_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.txt");
        fs::write(&old, "x").unwrap();
        fs::set_permissions(&old, Permissions::from_mode(0o644)).unwrap();
        write_output(&old, b"y").unwrap();
        assert_eq!(
            fs::metadata(&old).unwrap().permissions().mode() & 0o777,
            0o644
        );

        let new = dir.path().join("new.txt");
        write_output(&new, b"y").unwrap();
        let mode = fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        assert_ne!(
            mode, 0o600,
            "a new file follows the umask, not tempfile's 0600"
        );
        assert_eq!(mode & 0o600, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symlink_to_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.txt");
        fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("real.txt", &link).unwrap();
        write_output(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_symlink_creates_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("made.txt", &link).unwrap();
        write_output(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("made.txt")).unwrap(),
            "new"
        );
    }

    /// Tests that write to the system's own devices do not run under cargo-mutants: a mutant of
    /// this file that renames over its target would replace /dev/null with a regular file
    /// (seen here once). The same behaviour is tested on a FIFO of the test's own.
    fn under_mutation_testing() -> bool {
        std::env::var_os("INSIDE_CARGO_MUTANTS").is_some()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_device_is_written_in_place_and_its_errors_reported() {
        if under_mutation_testing() {
            return;
        }
        write_output(Path::new("/dev/null"), b"x").unwrap();
        assert!(
            !fs::metadata("/dev/null").unwrap().file_type().is_file(),
            "/dev/null is still a device"
        );
        let e = write_output(Path::new("/dev/full"), b"x").unwrap_err();
        let text = e.render(false);
        assert!(text.contains("/dev/full"), "{text}");
        assert!(text.contains("No space left on device"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
        };
        write_output(&fifo, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), "through the pipe");
        use std::os::unix::fs::FileTypeExt;
        assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
}
