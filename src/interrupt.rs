//! Ctrl-C for the verbs that must not simply die: one place installs the handler.
//!
//! `watch` prints a summary, drains and requeues stop between batches, `retry run` returns
//! the item in hand, `breaker exec` outlives its child to record the outcome. They differ in
//! what the handler does, not in how it is installed — and the how has a trap: Linux fails a
//! read on a socket that has a timeout with EINTR when a signal handler runs on the reading
//! thread, even with SA_RESTART, and the redis crate then reports a dropped connection. So
//! after installing the handler (ctrlc runs it on a thread of its own), this thread blocks
//! SIGINT, and so do the threads it starts later: the signal can only land on ctrlc's thread.
//! Children are unaffected: `std::process::Command` starts them with an empty signal mask.

/// Run `f` on Ctrl-C (SIGINT) instead of dying. Call before starting any thread that reads
/// from Redis. Fails when a handler is already installed.
pub fn on_interrupt(f: impl FnMut() + Send + 'static) -> Result<(), ctrlc::Error> {
    ctrlc::set_handler(f)?;
    block_sigint_in_this_thread();
    Ok(())
}

fn block_sigint_in_this_thread() {
    // SAFETY: sigemptyset/sigaddset initialise the set we own; pthread_sigmask only changes
    // this thread's mask. Failure leaves the mask as it was, which is the old behaviour.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}
