//! The standards of a catalog, each decoded from its embedded form the first time it is used.
//!
//! A run of `lexgap show budapest:9.3` needs one treaty model, not ten: decoding all of them
//! was most of the start-up time. The build script packs each standard on its own; a slot
//! keeps its packed bytes (borrowed from the binary) and decodes them on first use.

use std::ops::Index;
use std::sync::OnceLock;

use super::model::Standard;

/// One standard: decoded, or packed until first used.
struct Slot {
    ready: OnceLock<Standard>,
    /// Its postcard form in the binary (empty for standards loaded at run time).
    packed: &'static [u8],
}

impl Slot {
    fn get(&self) -> &Standard {
        self.ready.get_or_init(|| {
            // The bytes were written by the build script of this very binary from a checked
            // catalog (and the outer form was read without error), so this cannot fail on any
            // input a user gives.
            postcard::from_bytes(self.packed).expect("the build script packed a readable standard")
        })
    }
}

/// The standards of a catalog, in catalog order; indexable and iterable like a slice.
#[derive(Default)]
pub struct Standards {
    slots: Vec<Slot>,
}

impl Standards {
    /// Standards packed by the build script, decoded on first use.
    pub(crate) fn packed(packed: Vec<&'static [u8]>) -> Standards {
        let slots = packed
            .into_iter()
            .map(|packed| Slot {
                ready: OnceLock::new(),
                packed,
            })
            .collect();
        Standards { slots }
    }

    /// Adds a decoded standard at the end.
    pub fn push(&mut self, standard: Standard) {
        let ready = OnceLock::new();
        let _ = ready.set(standard);
        self.slots.push(Slot { ready, packed: &[] });
    }

    /// How many standards there are.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The standard at `idx`, if any.
    pub fn get(&self, idx: usize) -> Option<&Standard> {
        self.slots.get(idx).map(Slot::get)
    }

    /// Every standard in catalog order (decoding each one not yet decoded).
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Standard> + ExactSizeIterator + Clone {
        self.slots.iter().map(Slot::get)
    }

    /// How many standards are decoded so far (for tests of laziness).
    #[cfg(test)]
    pub(crate) fn decoded(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| s.ready.get().is_some())
            .count()
    }

    /// Each standard in its packed form (postcard), for the build script.
    pub(crate) fn pack(&self) -> Vec<Vec<u8>> {
        self.iter()
            .map(|s| postcard::to_allocvec(s).expect("a standard serialises"))
            .collect()
    }
}

impl Index<usize> for Standards {
    type Output = Standard;

    fn index(&self, idx: usize) -> &Standard {
        self.slots[idx].get()
    }
}

impl<'a> IntoIterator for &'a Standards {
    type Item = &'a Standard;
    type IntoIter = Box<dyn Iterator<Item = &'a Standard> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl Extend<Standard> for Standards {
    fn extend<I: IntoIterator<Item = Standard>>(&mut self, iter: I) {
        for s in iter {
            self.push(s);
        }
    }
}

impl PartialEq for Standards {
    fn eq(&self, other: &Standards) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl std::fmt::Debug for Standards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_standard_is_decoded_only_when_used() {
        let catalog = crate::standard::Catalog::embedded().unwrap_or_else(|_| panic!());
        let n = catalog.standards.len();
        assert!(n > 2);
        let packed: Vec<&'static [u8]> = catalog
            .standards
            .pack()
            .into_iter()
            .map(|b| &*Box::leak(b.into_boxed_slice()))
            .collect();
        let lazy = Standards::packed(packed);
        assert_eq!(
            lazy.slots
                .iter()
                .filter(|s| s.ready.get().is_some())
                .count(),
            0
        );
        assert_eq!(lazy[1], catalog.standards[1]);
        let decoded: Vec<bool> = lazy.slots.iter().map(|s| s.ready.get().is_some()).collect();
        assert_eq!(decoded.iter().filter(|&&d| d).count(), 1);
        assert!(decoded[1]);
        assert!(lazy == catalog.standards);
    }
}
