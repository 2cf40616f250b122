//! Reading input files safely: only regular files (or `-`, standard input), never more than a
//! size limit, and decoded as UTF-8 with the place of the first byte that is not.
//!
//! A profile may come from someone else (a pull request, another ministry), so a path can name
//! a device (`/dev/zero`), a named pipe that never ends or a huge file. Each is refused with a
//! message before it costs memory or time.

use std::fmt;
use std::io::Read;
use std::path::Path;

/// The default limit on the size of one input file: 16 MiB, far above any real profile,
/// standards file or consolidated code (about 1 MB each).
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 16 << 20;

/// The command-line flag that raises the limit, named in the error.
pub const MAX_INPUT_FLAG: &str = "--max-input-size";

/// Why an input file could not be read.
#[derive(Debug)]
pub enum ReadProblem {
    /// The path names something other than a regular file.
    NotAFile {
        /// What it is, in words (`a named pipe (FIFO)`).
        kind: &'static str,
    },
    /// The file is larger than the limit.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The operating system refused (missing file, permissions ...).
    Io(std::io::Error),
}

impl fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadProblem::NotAFile { kind } => write!(f, "it is {kind}, not a regular file"),
            ReadProblem::TooLarge { limit } => {
                write!(f, "it is larger than the limit of {}", human_size(*limit))
            }
            ReadProblem::Io(e) => write!(f, "{}", os_reason(e)),
        }
    }
}

impl ReadProblem {
    /// What the user can do about it.
    pub fn hint(&self) -> String {
        match self {
            ReadProblem::NotAFile { .. } => {
                "lexgap reads inputs from regular files (or `-` for standard input); save the content to a file first".into()
            }
            ReadProblem::TooLarge { .. } => format!(
                "if the file really is this large, raise the limit, e.g. `{MAX_INPUT_FLAG} 64M`"
            ),
            ReadProblem::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                "check the path".into()
            }
            ReadProblem::Io(_) => "check that the file exists and can be read".into(),
        }
    }
}

/// Reads a whole input: a regular file, or standard input for `-`, refusing more than `limit`
/// bytes. Devices, named pipes, sockets and folders are refused without being opened.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadProblem> {
    match open_regular(path, limit)? {
        None => read_limited(std::io::stdin().lock(), limit, 0),
        Some((file, len)) => read_limited(file, limit, len),
    }
}

/// Files from this size on are mapped by [`read_mapped`] rather than read.
const MAP_FROM: u64 = 64 << 10;

/// [`read_bytes`] for a large input that is only read: a regular file of `MAP_FROM` bytes or
/// more is mapped into memory, its pages mapped all at once. Read into a buffer, every 4 KiB
/// of it costs a page fault when first written: the redline of a 1.6 MB code pair took 400
/// of its 1,000 page faults to read its two files.
pub fn read_mapped(path: &Path, limit: u64) -> Result<Bytes, ReadProblem> {
    match open_regular(path, limit)? {
        Some((file, len)) if len >= MAP_FROM => {
            // SAFETY: the mapping is private and read-only. As with git and ripgrep, which map
            // their inputs too, a file rewritten by another program while lexgap reads it can
            // change under the mapping (or end the process, if cut short); lexgap's inputs are
            // not written while it runs.
            match unsafe { memmap2::MmapOptions::new().populate().map(&file) } {
                Ok(map) if map.len() as u64 > limit => Err(ReadProblem::TooLarge { limit }),
                Ok(map) => Ok(Bytes::Mapped(map)),
                // A file system that cannot map files (some network and FUSE ones): read it.
                Err(_) => read_limited(file, limit, len).map(Bytes::Read),
            }
        }
        Some((file, len)) => read_limited(file, limit, len).map(Bytes::Read),
        None => read_limited(std::io::stdin().lock(), limit, 0).map(Bytes::Read),
    }
}

/// The regular file at `path`, opened, and its size; `None` for `-` (standard input).
fn open_regular(path: &Path, limit: u64) -> Result<Option<(std::fs::File, u64)>, ReadProblem> {
    if path.as_os_str() == "-" {
        return Ok(None);
    }
    // `metadata` follows symlinks and never blocks, even on a FIFO that has no writer.
    let meta = std::fs::metadata(path).map_err(ReadProblem::Io)?;
    if !meta.is_file() {
        return Err(ReadProblem::NotAFile {
            kind: file_kind(&meta),
        });
    }
    if meta.len() > limit {
        return Err(ReadProblem::TooLarge { limit });
    }
    let file = std::fs::File::open(path).map_err(ReadProblem::Io)?;
    // The path may have been swapped between the two calls: check what was opened.
    let opened = file.metadata().map_err(ReadProblem::Io)?;
    if !opened.is_file() {
        return Err(ReadProblem::NotAFile {
            kind: file_kind(&opened),
        });
    }
    if opened.len() > limit {
        return Err(ReadProblem::TooLarge { limit });
    }
    Ok(Some((file, opened.len())))
}

/// The bytes of an input, mapped from its file or read into memory ([`read_mapped`]).
#[derive(Debug)]
pub enum Bytes {
    /// A file mapped into memory.
    Mapped(memmap2::Mmap),
    /// Bytes read into memory.
    Read(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Mapped(map) => map,
            Bytes::Read(bytes) => bytes,
        }
    }
}

/// An input decoded as UTF-8 by [`decode_text`], without its byte-order mark.
#[derive(Debug)]
pub struct Text {
    bytes: Bytes,
    /// Where the text starts (after a byte-order mark); from here on, `bytes` are UTF-8.
    start: usize,
}

impl Text {
    /// The text as a `String` (copied only when it was mapped or began with a byte-order mark).
    pub fn into_string(self) -> String {
        match self.bytes {
            // SAFETY: `decode_text` found the bytes from `start` on to be UTF-8.
            Bytes::Read(bytes) if self.start == 0 => unsafe { String::from_utf8_unchecked(bytes) },
            _ => (*self).to_owned(),
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text {
            bytes: Bytes::Read(text.into_bytes()),
            start: 0,
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        // SAFETY: `decode_text` found the bytes from `start` on to be UTF-8, and nothing writes
        // to them afterwards (the buffer is owned here; the mapping: see `read_mapped`).
        unsafe { std::str::from_utf8_unchecked(&self.bytes[self.start..]) }
    }
}

/// Reads at most `limit` bytes (one more tells that there were more); `expected` is the size
/// the file says it has, so the buffer is allocated once rather than doubled as it fills.
fn read_limited(source: impl Read, limit: u64, expected: u64) -> Result<Vec<u8>, ReadProblem> {
    let capacity = usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    source
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadProblem::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadProblem::TooLarge { limit });
    }
    Ok(bytes)
}

fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// Text that is not UTF-8: where the first invalid byte is, and the encoding when it is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undecodable {
    /// The text with invalid bytes replaced by U+FFFD, for showing the place.
    pub lossy: String,
    /// Byte offset of the first invalid byte (in `lossy` too: the text before it is unchanged).
    pub offset: usize,
    /// The encoding the file is in, when it can be told (`UTF-16 (little-endian)`).
    pub encoding: Option<&'static str>,
    /// The invalid byte.
    pub byte: Option<u8>,
}

impl Undecodable {
    /// The message for people: what the file is and what lexgap reads.
    pub fn message(&self) -> String {
        match (self.encoding, self.byte) {
            (Some(enc), _) => format!("the file is {enc} text; lexgap reads UTF-8"),
            (None, Some(b)) => format!("the file is not UTF-8 text: invalid byte 0x{b:02X}"),
            (None, None) => "the file is not UTF-8 text".into(),
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        "save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)"
    }

    /// The problem as a diagnostic at the first invalid byte; the file's text (invalid bytes
    /// shown as U+FFFD) is registered in `sources` under `path`.
    pub fn diagnostic(
        self,
        path: &Path,
        sources: &mut crate::diagnostic::Sources,
    ) -> crate::diagnostic::Diagnostic {
        let message = self.message();
        let hint = self.hint();
        let at = self.offset..self.offset;
        let file = sources.add(path, self.lossy);
        crate::diagnostic::Diagnostic::error("encoding", message)
            .at(file, at, "first byte that is not UTF-8")
            .hint(hint)
    }
}

/// Whether `bytes` are UTF-8. Checked by simdutf8 first: on text with accented letters the
/// standard library's check branches at every non-ASCII byte (the redline of the French civil
/// code, 1.1 MB, took 5 % less CPU time with simdutf8); the standard check runs only on
/// invalid input, to find where it goes wrong.
fn utf8(bytes: &[u8]) -> Result<(), std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(_) => Ok(()),
        Err(_) => std::str::from_utf8(bytes).map(|_| ()),
    }
}

/// Decodes input as UTF-8, dropping a leading byte-order mark.
pub fn decode(bytes: Vec<u8>) -> Result<String, Undecodable> {
    decode_text(Bytes::Read(bytes)).map(Text::into_string)
}

/// [`decode`] without a copy: the text stays where its bytes are.
pub fn decode_text(bytes: Bytes) -> Result<Text, Undecodable> {
    if let Some(encoding) = utf16_encoding(&bytes) {
        return Err(Undecodable {
            lossy: String::new(),
            offset: 0,
            encoding: Some(encoding),
            byte: None,
        });
    }
    let start = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    match utf8(&bytes[start..]) {
        Ok(()) => Ok(Text { bytes, start }),
        Err(e) => {
            let body = &bytes[start..];
            let offset = e.valid_up_to();
            Err(Undecodable {
                lossy: String::from_utf8_lossy(body).into_owned(),
                offset,
                encoding: None,
                byte: body.get(offset).copied(),
            })
        }
    }
}

/// UTF-16 by its byte-order mark, or by the zero bytes of ASCII text written in UTF-16.
fn utf16_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("UTF-16 (little-endian)"),
        [0xFE, 0xFF, ..] => return Some("UTF-16 (big-endian)"),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(64)];
    if head.len() < 4 {
        return None;
    }
    let zeros_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let half = head.len() / 2;
    if zeros_at(1) * 4 >= half * 3 && zeros_at(0) == 0 {
        Some("UTF-16 (little-endian)")
    } else if zeros_at(0) * 4 >= half * 3 && zeros_at(1) == 0 {
        Some("UTF-16 (big-endian)")
    } else {
        None
    }
}

/// A size in words: `16 MiB`, `512 KiB`, `100 bytes`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{} {unit}", bytes / size);
        }
    }
    format!("{bytes} bytes")
}

/// Reads a size as people write it: `1000`, `512K`, `64M`, `2G` (powers of 1024; `B`, `iB`
/// suffixes accepted).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (digits, factor) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let factor: u64 = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                _ => return Err(format!("unknown unit `{c}`: use K, M or G")),
            };
            (&t[..i], factor)
        }
        _ => (t, 1),
    };
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a size; write e.g. 64M or 1G"))?;
    match n.checked_mul(factor) {
        Some(0) | None => Err(format!("`{text}` is not a usable size")),
        Some(v) => Ok(v),
    }
}

/// The operating system's reason, without Rust's `(os error N)` suffix.
pub fn os_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_devices_and_pipes_without_reading() {
        match read_bytes(Path::new("/dev/zero"), 1 << 20) {
            Err(ReadProblem::NotAFile { kind }) => assert_eq!(kind, "a character device"),
            other => panic!("{other:?}"),
        }
        let dir = tempfile::tempdir().unwrap();
        match read_bytes(dir.path(), 1 << 20) {
            Err(ReadProblem::NotAFile { kind }) => assert_eq!(kind, "a folder"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn refuses_a_file_above_the_limit_and_reads_one_at_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.toml");
        std::fs::write(&p, "12345").unwrap();
        assert!(matches!(
            read_bytes(&p, 4),
            Err(ReadProblem::TooLarge { limit: 4 })
        ));
        assert_eq!(read_bytes(&p, 5).unwrap(), b"12345");
    }

    #[test]
    fn maps_a_large_file_and_reads_a_small_one_with_the_same_checks() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let text = "Article 1er. — Même texte, lu ou projeté en mémoire.\n".repeat(2000);
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        std::fs::write(&big, &with_bom).unwrap();
        let mapped = read_mapped(&big, 1 << 20).unwrap();
        assert!(matches!(mapped, Bytes::Mapped(_)));
        assert_eq!(&*decode_text(mapped).unwrap(), text);
        let small = dir.path().join("small.txt");
        std::fs::write(&small, "Art. 1\n").unwrap();
        let read = read_mapped(&small, 1 << 20).unwrap();
        assert!(matches!(read, Bytes::Read(_)));
        assert_eq!(decode_text(read).unwrap().into_string(), "Art. 1\n");
        assert!(matches!(
            read_mapped(&big, MAP_FROM),
            Err(ReadProblem::TooLarge { .. })
        ));
        assert!(matches!(
            read_mapped(Path::new("/dev/zero"), 1 << 20),
            Err(ReadProblem::NotAFile { .. })
        ));
        let mut bad = text.clone().into_bytes();
        bad.push(0xFF);
        std::fs::write(&big, &bad).unwrap();
        let e = decode_text(read_mapped(&big, 1 << 20).unwrap()).unwrap_err();
        assert_eq!((e.offset, e.byte), (text.len(), Some(0xFF)));
    }

    #[test]
    fn decodes_utf8_and_drops_a_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1".to_vec()).unwrap(), "a = 1");
    }

    #[test]
    fn names_the_first_invalid_byte() {
        let e = decode(b"a = 1\nb = \xFF\n".to_vec()).unwrap_err();
        assert_eq!(e.offset, 10);
        assert_eq!(e.byte, Some(0xFF));
        assert!(e.message().contains("0xFF"), "{}", e.message());
    }

    #[test]
    fn long_text_with_accents_is_checked_in_full() {
        // Longer than the SIMD blocks, with multi-byte letters on both sides of the fault.
        let good =
            "Article 1er. — La loi est la même pour tous, qu'elle protège ou punisse.\n".repeat(40);
        assert_eq!(decode(good.clone().into_bytes()).unwrap(), good);
        let mut bad = good.clone().into_bytes();
        bad.extend_from_slice(b"\xC3(");
        bad.extend_from_slice(good.as_bytes());
        let e = decode(bad).unwrap_err();
        assert_eq!((e.offset, e.byte), (good.len(), Some(0xC3)));
        let mut cut = good.into_bytes();
        cut.pop();
        cut.extend_from_slice("é".as_bytes().split_last().unwrap().1);
        assert!(
            decode(cut).is_err(),
            "a letter cut off at the end is invalid"
        );
    }

    #[test]
    fn names_utf16_with_and_without_bom() {
        let le: Vec<u8> = "\u{feff}[jurisdiction]"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(
            decode(le).unwrap_err().encoding,
            Some("UTF-16 (little-endian)")
        );
        let be: Vec<u8> = "[jurisdiction]\ncode = 1"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(
            decode(be).unwrap_err().encoding,
            Some("UTF-16 (big-endian)")
        );
    }

    #[test]
    fn sizes_read_and_print_as_people_write_them() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("512KiB"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert_eq!(human_size(16 << 20), "16 MiB");
        assert_eq!(human_size(1000), "1000 bytes");
    }
}
