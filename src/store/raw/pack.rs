//! Commands packed for the wire as they are added.
//!
//! A listing sends a command or two per key; building each as a `redis::Cmd` cost several
//! allocations and a second copy when the pipeline was packed. Here a command is written
//! straight into one buffer that is sent as it is.

/// A pipeline of commands in RESP form.
#[derive(Default)]
pub struct Packed {
    bytes: Vec<u8>,
}

impl Packed {
    /// A command from its arguments, the name first.
    pub fn cmd(&mut self, args: &[&str]) -> &mut Self {
        self.header(args.len());
        for a in args {
            self.arg(a.as_bytes());
        }
        self
    }

    /// A command built with the redis crate, where one already is (once per batch, not per key).
    pub fn add(&mut self, cmd: &redis::Cmd) -> &mut Self {
        self.bytes.extend_from_slice(&cmd.get_packed_command());
        self
    }

    /// `name key rest…`: the shape of every per-key read.
    pub fn keyed(&mut self, name: &str, key: &[u8], rest: &[&str]) -> &mut Self {
        self.header(2 + rest.len());
        self.arg(name.as_bytes());
        self.arg(key);
        for r in rest {
            self.arg(r.as_bytes());
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn header(&mut self, args: usize) {
        self.bytes.push(b'*');
        self.number(args);
    }

    fn arg(&mut self, a: &[u8]) {
        self.bytes.push(b'$');
        self.number(a.len());
        self.bytes.extend_from_slice(a);
        self.bytes.extend_from_slice(b"\r\n");
    }

    fn number(&mut self, n: usize) {
        self.bytes
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        self.bytes.extend_from_slice(b"\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_as_the_redis_crate_does() {
        let mut p = Packed::default();
        p.cmd(&["SCAN", "0", "MATCH", "agent:*"])
            .keyed("HMGET", b"k\xff\r\n", &["status", ""]);
        let mut expected = redis::pipe();
        expected.cmd("SCAN").arg(0).arg("MATCH").arg("agent:*");
        expected
            .cmd("HMGET")
            .arg(&b"k\xff\r\n"[..])
            .arg("status")
            .arg("");
        assert_eq!(p.bytes(), expected.get_packed_pipeline());
        assert!(!p.is_empty());
    }
}
