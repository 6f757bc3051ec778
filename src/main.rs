//! `dubao`: argument parsing and dispatch only; the work is in the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use dubao::cli::exit;
use dubao::cli::load::{cache_mode, load_options, loaded_from, loader, read_text, report, say};
use dubao::cli::streaming::Streaming;
use dubao::ingest::edition::range::DateRange;
use dubao::loader::Loader;
use dubao::text::sanitize::for_terminal;
use dubao::text::AmbiguousWidth;
use dubao::{cli, facts, ingest, tui};

/// 读报 — a terminal reader for Chinese newspaper pages.
///
/// With no subcommand, opens the reader on the given pages (files, directories of *.txt, or - for
/// stdin); with no path, on the sample page that ships with dubao.
#[derive(Parser)]
// No `args_conflicts_with_subcommands`: with it, a global option before a subcommand
// (`dubao --no-cache list`) turned the subcommand's name into a page to open.
#[command(version)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Pages to open: files, directories (every *.txt inside) or - for stdin.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    select: Select,
    /// Columns an East Asian ambiguous character (“ ” — …) takes in your terminal: 1 or 2.
    #[arg(long, value_parser = parse_ambiguous)]
    ambiguous_width: Option<AmbiguousWidth>,
    /// Reader config file (default: config.toml in the platform config directory, e.g.
    /// ~/.config/dubao/config.toml).
    #[arg(long)]
    config: Option<PathBuf>,
    /// The largest page read (64M by default; K, M and G suffixes). Larger files, or endless
    /// ones like /dev/zero, are refused with a one-line error. The reader also takes it from
    /// `max_page_size` in the config.
    #[arg(long, global = true, value_parser = parse_page_size)]
    max_page_size: Option<u64>,
    /// Read every page from its file; neither use nor fill the page cache.
    #[arg(long, global = true)]
    no_cache: bool,
}

/// The articles to work on: `--zone`, `--since`, `--until`, shared by the reader and every
/// subcommand.
#[derive(clap::Args, Clone, Default)]
struct Select {
    /// Only articles about this zone (canonical name or alias: 上党, 上党经开区).
    #[arg(long)]
    zone: Option<String>,
    /// Only articles dated on or after DATE (2025, 2025-12 or 2025-12-24).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only articles dated on or before DATE (2025, 2025-12 or 2025-12-24: all of it).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
}

impl Select {
    fn filter(&self) -> Result<cli::Filter> {
        Ok(cli::Filter {
            zone: self.zone.clone(),
            dates: DateRange::new(self.since.as_deref(), self.until.as_deref())?,
        })
    }
}

#[derive(Subcommand)]
enum Command {
    /// One line per article: id, zone, date, title, source (aligned on a terminal, tab-separated
    /// in a pipe).
    List {
        #[command(flatten)]
        select: Select,
        paths: Vec<PathBuf>,
    },
    /// Facts of the articles: dates, money, quantities, people, organisations, zones, places, projects.
    Facts {
        #[command(flatten)]
        select: Select,
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
        #[command(flatten)]
        select: Select,
        /// Instead of JSON, print each input line's class and the rule that decided it.
        #[arg(long)]
        explain: bool,
        /// json (one document, the default) or ndjson (one article per line with its page's
        /// fields and facts, for a search cluster's bulk API).
        #[arg(long, default_value = "json", value_parser = ["json", "ndjson"])]
        format: String,
        paths: Vec<PathBuf>,
    },
    /// Where the page cache is and how big it is; --clear empties it.
    Cache {
        #[arg(long)]
        clear: bool,
    },
    /// Zones with article counts.
    Zones {
        #[command(flatten)]
        select: Select,
        paths: Vec<PathBuf>,
    },
    /// The project ledger: one record per project across the pages, with investors, investment,
    /// measures and stage.
    Projects {
        /// A project passes `--since`/`--until` when one of its stage dates or articles' dates does.
        #[command(flatten)]
        select: Select,
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

fn parse_page_size(s: &str) -> Result<u64, String> {
    ingest::parse_size(s).ok_or_else(|| format!("expected a size such as 64M or 512K, got {s:?}"))
}

fn parse_ambiguous(s: &str) -> Result<AmbiguousWidth, String> {
    s.parse::<u8>()
        .ok()
        .and_then(AmbiguousWidth::from_columns)
        .ok_or_else(|| format!("expected 1 or 2, got {s:?}"))
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => return usage_error(&e),
    };
    if let Some(e) = reader_options_before_subcommand(&args) {
        return usage_error(&e);
    }
    match run(args) {
        Ok(code) => code,
        // `dubao list | head`: the reader of the pipe left; nothing is wrong.
        Err(e) if e.chain().any(exit::is_broken_pipe) => ExitCode::SUCCESS,
        // A value clap took as text but the library refused (`--since 2025-13`, `--kind x`).
        Err(e) if e.chain().any(exit::is_usage) => {
            say(&format!("{e:#}"));
            ExitCode::from(2)
        }
        Err(e) => {
            say(&format!("{e:#}"));
            ExitCode::FAILURE
        }
    }
}

/// Help and version go out as clap prints them; a usage error quotes what was typed, so it is
/// printed plain and escaped line by line.
/// The reader's options written before a subcommand (`dubao --zone 上党 list`) would be
/// ignored without a word, so they are a usage error; the subcommand's own come after its name
/// (`dubao list --zone 上党`). Global options (`--no-cache`, `--max-page-size`) go anywhere.
fn reader_options_before_subcommand(args: &Args) -> Option<clap::Error> {
    use clap::CommandFactory;
    args.command.as_ref()?;
    let given: Vec<&str> = [
        ("--zone", args.select.zone.is_some()),
        ("--since", args.select.since.is_some()),
        ("--until", args.select.until.is_some()),
        ("--ambiguous-width", args.ambiguous_width.is_some()),
        ("--config", args.config.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, set)| set.then_some(name))
    .collect();
    if given.is_empty() {
        return None;
    }
    Some(Args::command().error(
        clap::error::ErrorKind::ArgumentConflict,
        format!(
            "{} before the subcommand belongs to the reader; write it after the subcommand's name",
            given.join(", ")
        ),
    ))
}

fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        e.exit();
    }
    let text = e.render().to_string();
    for line in text.lines() {
        eprintln!("{}", for_terminal(line));
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

fn run(args: Args) -> Result<ExitCode> {
    let Some(command) = args.command else {
        // The reader owns the terminal; stdout stays unlocked for its signal watcher.
        let filter = args.select.filter()?;
        let max = args
            .max_page_size
            .or_else(|| tui::config_page_size(args.config.as_deref()));
        let options = tui::Options {
            zone: args.select.zone.clone(),
            dates: filter.dates.clone(),
            ambiguous_width: args.ambiguous_width,
            config: args.config,
        };
        // A --zone is checked against every page before the reader starts (an unknown zone is
        // an error); otherwise pages load behind the first screen.
        let status = if options.zone.is_some() {
            let loader = loader(max, args.no_cache);
            let (corpus, errors) = loader.load_paths(&args.paths, None);
            filter.check(&corpus)?;
            let lang = tui::interface_lang(&options);
            let problems = tui::problems::Problems::of(&errors, loader.notices(), lang);
            tui::run(corpus, problems, options)?
        } else {
            let loader = Loader::new(&cache_mode(args.no_cache), load_options(max));
            tui::run_loading(loader, args.paths, options)?
        };
        return Ok(ExitCode::from(status));
    };
    // A pipe or file gets large writes, not a system call per line (std's stdout flushes every
    // line); a terminal keeps line buffering, so output and messages on stderr stay in order.
    let stdout = std::io::stdout();
    let mut out: Box<dyn Write> = if stdout.is_terminal() {
        Box::new(stdout.lock())
    } else {
        Box::new(std::io::BufWriter::with_capacity(1 << 16, stdout.lock()))
    };
    let limits = (args.max_page_size, args.no_cache);
    let code = match command {
        Command::List { select, paths } => {
            let filter = select.filter()?;
            let aligned = std::io::stdout().is_terminal();
            let writer = cli::stream::List::new(filter.clone(), aligned);
            let run = Streaming::new(&limits, &paths, None, filter.zone.is_some());
            run.write(&filter, Box::new(writer), &mut out)?
        }
        Command::Facts {
            select,
            kind,
            format,
            paths,
        } => {
            let kinds = match kind.as_deref() {
                Some(spec) => cli::parse_kinds(spec)?,
                None => Vec::new(),
            };
            let filter = select.filter()?;
            let extractor = facts::Extractor::new();
            let run = Streaming::new(&limits, &paths, Some(&extractor), filter.zone.is_some())
                .fact_rows();
            let writer = cli::stream::Facts::new(filter.clone(), kinds, format);
            run.write(&filter, Box::new(writer), &mut out)?
        }
        Command::Dump {
            explain: true,
            paths,
            ..
        } => {
            let (texts, errors) =
                ingest::load_texts_with(&paths, &load_options(args.max_page_size));
            cli::explain(&texts, &mut out)?;
            report(&loaded_from(&errors))
        }
        Command::Dump {
            select,
            format,
            paths,
            ..
        } => {
            let filter = select.filter()?;
            let extractor = facts::Extractor::new();
            let run = Streaming::new(&limits, &paths, Some(&extractor), filter.zone.is_some());
            let writer: Box<dyn cli::stream::PageWriter> = if format == "ndjson" {
                Box::new(cli::stream::Ndjson::new(filter.clone()))
            } else {
                Box::new(cli::stream::Dump::new(filter.clone()))
            };
            run.write(&filter, writer, &mut out)?
        }
        Command::Cache { clear } => {
            let loader = loader(args.max_page_size, args.no_cache);
            for n in loader.notices() {
                say(&n.to_string());
            }
            match loader.cache() {
                None => writeln!(out, "no cache in use")?,
                Some(c) if clear => {
                    c.clear()
                        .with_context(|| format!("{}: cannot clear", c.dir().display()))?;
                    writeln!(
                        out,
                        "cleared {}",
                        for_terminal(&c.dir().display().to_string())
                    )?;
                }
                Some(c) => {
                    let (files, bytes) = c.usage();
                    writeln!(
                        out,
                        "{}\t{files} pages\t{:.1} MB",
                        for_terminal(&c.dir().display().to_string()),
                        bytes as f64 / 1e6
                    )?;
                }
            }
            ExitCode::SUCCESS
        }
        Command::Zones { select, paths } => {
            let filter = select.filter()?;
            let extractor = facts::Extractor::new();
            let run = Streaming::new(&limits, &paths, Some(&extractor), filter.zone.is_some());
            let writer = cli::ledger::Zones::new(filter.clone());
            run.write(&filter, Box::new(writer), &mut out)?
        }
        Command::Projects {
            select,
            format,
            paths,
        } => {
            let filter = select.filter()?;
            let extractor = facts::Extractor::new();
            let run = Streaming::new(&limits, &paths, Some(&extractor), filter.zone.is_some());
            let writer =
                cli::ledger::Projects::new(filter.zone.clone(), filter.dates.clone(), format);
            run.write(&filter, Box::new(writer), &mut out)?
        }
        Command::Mentions { name, kind, paths } => {
            let kind = match kind.as_deref() {
                Some(k) => Some(
                    dubao::FactKind::parse(k)
                        .ok_or_else(|| dubao::Error::UnknownKind(k.to_owned()))?,
                ),
                None => None,
            };
            let extractor = facts::Extractor::new();
            let run = Streaming::new(&limits, &paths, Some(&extractor), false);
            let records = run.ledger()?;
            let writer = cli::ledger::Mentions::new(&records, &name, kind, &mut out)?;
            run.write(&cli::Filter::default(), Box::new(writer), &mut out)?
        }
        Command::Wrap {
            width,
            ambiguous_width,
            file,
        } => {
            let input = read_text(file.as_deref(), args.max_page_size)?;
            cli::wrap(&input, width, ambiguous_width.unwrap_or_default(), &mut out)?;
            ExitCode::SUCCESS
        }
    };
    out.flush().or_else(exit::ignore_broken_pipe)?;
    Ok(code)
}
