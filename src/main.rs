//! `dubao`: argument parsing and dispatch only; the work is in the library.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use dubao::text::AmbiguousWidth;
use dubao::{cli, facts, ingest, tui};

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
        paths: Vec<PathBuf>,
    },
    /// Zones with article counts.
    Zones {
        #[arg(long)]
        zone: Option<String>,
        paths: Vec<PathBuf>,
    },
    /// The project ledger: one record per project across the pages, with investors, investment,
    /// measures and stage.
    Projects {
        #[arg(long)]
        zone: Option<String>,
        /// Only projects with a date on or after this one (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Only projects with a date on or before this one.
        #[arg(long)]
        until: Option<String>,
        /// tsv (default), csv, json or md.
        #[arg(long, default_value = "tsv", value_parser = parse_format)]
        format: dubao::export::Format,
        paths: Vec<PathBuf>,
    },
    /// Every sentence of the pages that names an entity: article id, date, source, sentence.
    Mentions {
        /// The entity's name (a project's short name finds all its names).
        name: String,
        /// Only an entity of this kind (project, organization, person, place, zone …).
        #[arg(long)]
        kind: Option<String>,
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

/// Loads the pages, prints each load failure on one line, and says whether any failed.
fn load(paths: &[PathBuf]) -> (dubao::Corpus, Vec<String>) {
    let (corpus, errors) = ingest::load_paths(paths);
    let failures: Vec<String> = errors.iter().map(ToString::to_string).collect();
    (corpus, failures)
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
    let Some(command) = args.command else {
        // The reader owns the terminal; stdout stays unlocked for its signal watcher.
        let (corpus, failures) = load(&args.paths);
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
            let (corpus, failures) = load(&paths);
            cli::list(&corpus, zone.as_deref(), &mut out)?;
            report(&failures)
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
            let (mut corpus, failures) = load(&paths);
            facts::fill(&mut corpus, &facts::Extractor::new());
            cli::facts(&corpus, zone.as_deref(), &kinds, format, &mut out)?;
            report(&failures)
        }
        Command::Dump { zone, paths } => {
            let (mut corpus, failures) = load(&paths);
            facts::fill(&mut corpus, &facts::Extractor::new());
            cli::dump(&corpus, zone.as_deref(), &mut out)?;
            report(&failures)
        }
        Command::Zones { zone, paths } => {
            let (mut corpus, failures) = load(&paths);
            facts::fill(&mut corpus, &facts::Extractor::new());
            cli::zones(&corpus, zone.as_deref(), &mut out)?;
            report(&failures)
        }
        Command::Projects {
            zone,
            since,
            until,
            format,
            paths,
        } => {
            let dates = cli::ledger::DateRange::new(since, until)?;
            let (mut corpus, failures) = load(&paths);
            facts::fill(&mut corpus, &facts::Extractor::new());
            cli::ledger::projects(&corpus, zone.as_deref(), &dates, format, &mut out)?;
            report(&failures)
        }
        Command::Mentions { name, kind, paths } => {
            let kind = match kind.as_deref() {
                Some(k) => Some(
                    dubao::FactKind::parse(k)
                        .ok_or_else(|| dubao::Error::UnknownKind(k.to_owned()))?,
                ),
                None => None,
            };
            let (mut corpus, failures) = load(&paths);
            facts::fill(&mut corpus, &facts::Extractor::new());
            cli::ledger::mentions(&corpus, &name, kind, &mut out)?;
            report(&failures)
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
