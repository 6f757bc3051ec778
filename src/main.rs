//! `dubao`: argument parsing and dispatch only; the work is in the library.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use dubao::loader::{CacheMode, Loader};
use dubao::text::AmbiguousWidth;
use dubao::{cli, facts, ingest, progress, tui};

/// 读报 — a terminal reader for Chinese newspaper pages.
///
/// With no subcommand, opens the reader on the given pages (files, directories of *.txt, or - for
/// stdin); with no path, on the sample page that ships with dubao.
#[derive(Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Pages to open: files, directories (every *.txt inside) or - for stdin.
    paths: Vec<PathBuf>,
    /// Start with the articles of this zone (canonical name or alias: 上党, 上党经开区).
    #[arg(long)]
    zone: Option<String>,
    /// Columns an East Asian ambiguous character (“ ” — …) takes in your terminal: 1 or 2.
    #[arg(long, value_parser = parse_ambiguous)]
    ambiguous_width: Option<AmbiguousWidth>,
    /// Reader config file (default: config.toml in the platform config directory, e.g.
    /// ~/.config/dubao/config.toml).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Read every page from its file; neither use nor fill the page cache.
    #[arg(long, global = true)]
    no_cache: bool,
}

#[derive(Subcommand)]
enum Command {
    /// One line per article: id, zone, date, title.
    List {
        #[arg(long)]
        zone: Option<String>,
        paths: Vec<PathBuf>,
    },
    /// Facts of the articles: dates, money, quantities, people, organisations, zones, places, projects.
    Facts {
        #[arg(long)]
        zone: Option<String>,
        /// Only these kinds, comma-separated: date,money,quantity,percent,person,organization,zone,place,project,product.
        #[arg(long)]
        kind: Option<String>,
        /// tsv (default), csv, json or md.
        #[arg(long, default_value = "tsv", value_parser = parse_format)]
        format: dubao::export::Format,
        paths: Vec<PathBuf>,
    },
    /// The whole document model as JSON.
    Dump {
        #[arg(long)]
        zone: Option<String>,
        /// json (default: one document) or ndjson (one article per line, with its page's
        /// fields and facts, for a search cluster's bulk API).
        #[arg(long, default_value = "json", value_parser = ["json", "ndjson"])]
        format: String,
        paths: Vec<PathBuf>,
    },
    /// Where the page cache is and how big; --clear empties it.
    Cache {
        #[arg(long)]
        clear: bool,
    },
    /// Zones with article counts.
    Zones {
        #[arg(long)]
        zone: Option<String>,
        paths: Vec<PathBuf>,
    },
    /// Chinese-aware line breaking of plain text: each input line is a paragraph.
    Wrap {
        /// Line width in terminal columns.
        #[arg(long, short)]
        width: usize,
        #[arg(long, value_parser = parse_ambiguous)]
        ambiguous_width: Option<AmbiguousWidth>,
        /// A text file, or - (the default) for stdin.
        file: Option<PathBuf>,
    },
}

fn parse_format(s: &str) -> Result<dubao::export::Format, String> {
    dubao::export::Format::parse(s)
        .ok_or_else(|| format!("expected tsv, csv, json or md, got {s:?}"))
}

fn parse_ambiguous(s: &str) -> Result<AmbiguousWidth, String> {
    s.parse::<u8>()
        .ok()
        .and_then(AmbiguousWidth::from_columns)
        .ok_or_else(|| format!("expected 1 or 2, got {s:?}"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        // `dubao list | head`: the reader of the pipe left; nothing is wrong.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dubao: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Loads the pages (on all cores, through the cache), prints the loader's notices, and returns
/// each load failure as one line.
fn load(paths: &[PathBuf], loader: &Loader) -> (dubao::Corpus, Vec<String>) {
    let (sources, mut errors) = sources(paths);
    let (corpus, load_errors) = loader.load_all(&sources, None);
    errors.extend(load_errors);
    notify(loader);
    let failures: Vec<String> = errors.iter().map(ToString::to_string).collect();
    (corpus, failures)
}

/// The sources to read: no paths means the embedded sample.
fn sources(paths: &[PathBuf]) -> (Vec<ingest::Source>, Vec<dubao::LoadError>) {
    if paths.is_empty() {
        (vec![ingest::sample_source()], Vec::new())
    } else {
        ingest::expand_paths(paths)
    }
}

/// The loader's notices (cache unavailable, damaged entries rebuilt) on stderr; not failures.
fn notify(loader: &Loader) {
    for n in loader.notices() {
        eprintln!("dubao: {}", dubao::text::sanitize::sanitize(&n));
    }
}

/// A streamed subcommand: pages are printed as they load; failures, then notices, after.
fn stream(
    paths: &[PathBuf],
    loader: &Loader,
    zone: Option<&str>,
    body: impl FnOnce(&cli::stream::Run<'_>) -> Result<Vec<dubao::LoadError>, dubao::Error>,
) -> Result<Vec<String>> {
    let (sources, mut errors) = sources(paths);
    let bar = progress::Bar::new(sources.len());
    let run = cli::stream::Run {
        loader,
        sources: &sources,
        zone,
        progress: &|done, _| bar.set(done),
    };
    let result = body(&run);
    bar.finish();
    errors.extend(result?);
    notify(loader);
    Ok(errors.iter().map(ToString::to_string).collect())
}

fn report(failures: &[String]) -> ExitCode {
    for f in failures {
        eprintln!("dubao: {f}");
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run(args: Args) -> Result<ExitCode> {
    let loader = Loader::new(&if args.no_cache {
        CacheMode::Off
    } else {
        CacheMode::Default
    });
    let Some(command) = args.command else {
        // The reader owns the terminal; stdout stays unlocked for its signal watcher.
        let (corpus, failures) = load(&args.paths, &loader);
        let options = tui::Options {
            zone: args.zone,
            ambiguous_width: args.ambiguous_width,
            config: args.config,
        };
        tui::run(corpus, failures, options)?;
        return Ok(ExitCode::SUCCESS);
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let code = match command {
        Command::List { zone, paths } => {
            report(&stream(&paths, &loader, zone.as_deref(), |run| {
                cli::stream::list(run, &mut out)
            })?)
        }
        Command::Facts {
            zone,
            kind,
            format,
            paths,
        } => {
            let kinds = match kind.as_deref() {
                Some(spec) => cli::parse_kinds(spec)?,
                None => Vec::new(),
            };
            let extractor = facts::Extractor::new();
            report(&stream(&paths, &loader, zone.as_deref(), |run| {
                cli::stream::facts(run, &extractor, &kinds, format, &mut out)
            })?)
        }
        Command::Dump {
            zone,
            format,
            paths,
        } => {
            let extractor = facts::Extractor::new();
            report(&stream(&paths, &loader, zone.as_deref(), |run| {
                if format == "ndjson" {
                    cli::stream::ndjson(run, &extractor, &mut out)
                } else {
                    cli::stream::dump(run, &extractor, &mut out)
                }
            })?)
        }
        Command::Zones { zone, paths } => {
            report(&stream(&paths, &loader, zone.as_deref(), |run| {
                cli::stream::zones(run, &mut out)
            })?)
        }
        Command::Cache { clear } => {
            notify(&loader);
            match loader.cache() {
                None => writeln!(out, "no cache in use")?,
                Some(c) if clear => {
                    c.clear()
                        .with_context(|| format!("{}: cannot clear", c.dir().display()))?;
                    writeln!(out, "cleared {}", c.dir().display())?;
                }
                Some(c) => {
                    let (files, bytes) = c.usage();
                    writeln!(
                        out,
                        "{}\t{files} pages\t{:.1} MB",
                        c.dir().display(),
                        bytes as f64 / 1e6
                    )?;
                }
            }
            ExitCode::SUCCESS
        }
        Command::Wrap {
            width,
            ambiguous_width,
            file,
        } => {
            let input = read_text(file.as_deref())?;
            cli::wrap(&input, width, ambiguous_width.unwrap_or_default(), &mut out)?;
            ExitCode::SUCCESS
        }
    };
    out.flush().or_else(ignore_broken_pipe)?;
    Ok(code)
}

/// Whether an error is a write to a pipe whose reader has gone.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let io =
            cause
                .downcast_ref::<std::io::Error>()
                .or(match cause.downcast_ref::<dubao::Error>() {
                    Some(dubao::Error::Io(io)) => Some(io),
                    _ => None,
                });
        let json = match cause.downcast_ref::<dubao::Error>() {
            Some(dubao::Error::Json(j)) => j.io_error_kind(),
            _ => None,
        };
        io.map(std::io::Error::kind).or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// A closed pipe (`dubao list | head`) is not an error worth reporting.
fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

/// Reads and decodes a text file or stdin with the same decoder pages use.
fn read_text(file: Option<&std::path::Path>) -> Result<String> {
    let (name, bytes) = match file {
        Some(p) if p.as_os_str() != "-" => (
            p.display().to_string(),
            std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?,
        ),
        _ => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("-: cannot read stdin")?;
            ("-".to_owned(), buf)
        }
    };
    let (text, _) = ingest::decode::decode(&bytes).map_err(|problem| dubao::LoadError {
        path: name,
        problem,
    })?;
    Ok(text)
}
