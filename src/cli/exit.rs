//! How a subcommand's error ends the process: a mistyped option value is a usage error, a
//! pipe whose reader left (`dubao list | head`) no error at all.

use crate::error::Error;

/// Whether one cause of an error is a mistyped option value: a usage error, exit status 2 like
/// clap's own (the binary asks it of each cause in the error's chain).
pub fn is_usage(cause: &(dyn std::error::Error + 'static)) -> bool {
    matches!(
        cause.downcast_ref::<Error>(),
        Some(Error::BadDate(_) | Error::UnknownKind(_))
    )
}

/// Whether one cause of an error is a write to a pipe whose reader has gone (the binary asks it
/// of each cause in the error's chain).
pub fn is_broken_pipe(cause: &(dyn std::error::Error + 'static)) -> bool {
    let io = cause
        .downcast_ref::<std::io::Error>()
        .or(match cause.downcast_ref::<Error>() {
            Some(Error::Io(io)) => Some(io),
            _ => None,
        });
    // The CSV and JSON writers wrap the write's io::Error in their own.
    let wrapped = match cause.downcast_ref::<Error>() {
        Some(Error::Json(j)) => j.io_error_kind(),
        Some(Error::Csv(c)) => match c.kind() {
            csv::ErrorKind::Io(io) => Some(io.kind()),
            _ => None,
        },
        _ => None,
    };
    io.map(std::io::Error::kind).or(wrapped) == Some(std::io::ErrorKind::BrokenPipe)
}

/// A closed pipe (`dubao list | head`) is not an error worth reporting.
pub fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}
