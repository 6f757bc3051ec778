//! `dubao`: argument parsing and dispatch only; the work is in the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use dubao::ingest::edition::range::DateRange;
use dubao::loader::{CacheMode, Detail, Loader};
use dubao::text::sanitize::for_terminal;
use dubao::text::AmbiguousWidth;
use dubao::{cli, facts, ingest, progress, tui};

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
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        // A value clap took as text but the library refused (`--since 2025-13`, `--kind x`).
        Err(e) if is_usage(&e) => {
            say(&format!("{e:#}"));
            ExitCode::from(2)
        }
        Err(e) => {
            say(&format!("{e:#}"));
            ExitCode::FAILURE
        }
    }
}

/// Prints one message on stderr, with anything that could drive the terminal shown escaped.
fn say(message: &str) {
    eprintln!("dubao: {}", for_terminal(message));
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

/// What loading the pages went through: the messages to print (failures and notices) and
/// whether any of them is a failure.
struct Loaded {
    messages: Vec<String>,
    failed: bool,
}

/// A streaming run of a subcommand over an archive: the first pass (ids, zones) done, pages
/// still to come; see [`Loader::plan`].
struct Streaming<'a> {
    loader: Loader,
    plan: dubao::loader::Plan,
    detail: Detail<'a>,
}

impl<'a> Streaming<'a> {
    /// Runs the first pass over `paths` with the `--max-page-size` and `--no-cache` of `limits`
    /// (collecting the zones articles name when `zones`, for a `--zone` to check); with an extractor, pages will come with facts, else
    /// only their heads (what `list` prints).
    fn new(
        limits: &(Option<u64>, bool),
        paths: &[PathBuf],
        facts: Option<&'a facts::Extractor>,
        zones: bool,
    ) -> Streaming<'a> {
        let loader = loader(limits.0, limits.1);
        let plan = loader.plan(paths, facts, zones);
        let detail = facts.map_or(Detail::Head, Detail::Facts);
        Streaming {
            loader,
            plan,
            detail,
        }
    }

    /// Pages come as heads with facts (`dubao facts` prints nothing else), which a warm cache
    /// answers without decoding page text.
    fn fact_rows(mut self) -> Self {
        if let Detail::Facts(x) = self.detail {
            self.detail = Detail::FactRows(x);
        }
        self
    }

    /// The project ledger of every page, from a pass of its own (the pages are not kept): what
    /// `mentions` needs before its pass, for an entity's other names.
    fn ledger(&self) -> Result<Vec<dubao::ledger::Record>> {
        let mut builder = dubao::ledger::Builder::default();
        self.loader
            .stream(&self.plan, self.detail, |r| -> Result<(), dubao::Error> {
                if let Ok(l) = r {
                    for a in &l.page.articles {
                        builder.add(&l.page.source, a);
                    }
                }
                Ok(())
            })?;
        Ok(builder.finish())
    }

    /// Every path failed before a page could be read (a lone missing file): the exit status of
    /// reporting just the problems, asked before `--zone`'s check so a missing file is named
    /// rather than a zone no page could show.
    fn nothing_readable(&self) -> Option<ExitCode> {
        (self.plan.is_empty() && !self.plan.errors.is_empty())
            .then(|| report(&loaded_from(&self.plan.errors)))
    }

    /// `--zone` names a zone some article is about, checked before any output.
    fn check(&self, filter: &cli::Filter) -> Result<()> {
        Ok(filter.check_known(self.plan.zones())?)
    }

    /// Checks the filter, then writes every page through `writer` as it loads; load problems
    /// and the cache's notices are printed after the output, as [`report`] does.
    fn write(
        mut self,
        filter: &cli::Filter,
        mut writer: Box<dyn cli::stream::PageWriter>,
        out: &mut dyn Write,
    ) -> Result<ExitCode> {
        if let Some(code) = self.nothing_readable() {
            return Ok(code);
        }
        self.check(filter)?;
        let mut errors = std::mem::take(&mut self.plan.errors);
        let mut pages = 0usize;
        // A writer that can have its pages rendered on the loading threads only writes here.
        let renderer = writer.renderer();
        let prepare = |l: dubao::ingest::Loaded| match &renderer {
            Some(r) => (Ready::Rendered(r.render(&l.page)), l.notice),
            None => (Ready::Page(l.page), l.notice),
        };
        self.loader.stream_with(
            &self.plan,
            self.detail,
            prepare,
            |r| -> Result<(), dubao::Error> {
                match r {
                    Ok((page, notice)) => {
                        pages += 1;
                        errors.extend(notice);
                        match page {
                            Ready::Page(page) => writer.page(&page, out),
                            Ready::Rendered(rendered) => writer.rendered(rendered, out),
                        }
                    }
                    Err(e) => {
                        errors.push(e);
                        Ok(())
                    }
                }
            },
        )?;
        let mut loaded = loaded_from(&errors);
        // No page loaded and one failed (a lone binary file): the problem alone, no empty
        // document on stdout that would pass for a result.
        if pages > 0 || !loaded.failed {
            writer.finish(out)?;
        }
        loaded
            .messages
            .extend(self.loader.notices().iter().map(ToString::to_string));
        Ok(report(&loaded))
    }
}

/// A page for [`Streaming::write`]'s writer: as loaded, or its output already rendered (see
/// [`cli::stream::PageWriter::renderer`]).
enum Ready {
    Page(dubao::model::Page),
    Rendered(cli::stream::Rendered),
}

/// The page loader: the cache in use (`--no-cache`: none) and the load limits.
fn loader(max_page_size: Option<u64>, no_cache: bool) -> Loader {
    let bar = progress::Bar::stderr();
    Loader::new(&cache_mode(no_cache), load_options(max_page_size))
        .with_progress(move |done, all| bar.set(done, all))
}

/// `--no-cache` or the default cache.
fn cache_mode(no_cache: bool) -> CacheMode {
    if no_cache {
        CacheMode::Off
    } else {
        CacheMode::Default
    }
}

/// The load limits from the command line.
fn load_options(max_page_size: Option<u64>) -> ingest::LoadOptions {
    let mut options = ingest::LoadOptions::default();
    if let Some(max) = max_page_size {
        options.max_page_bytes = max;
    }
    options
}

/// The messages to print about a load and whether any page failed.
fn loaded_from(errors: &[dubao::LoadError]) -> Loaded {
    Loaded {
        messages: errors.iter().map(ToString::to_string).collect(),
        failed: errors.iter().any(|e| !e.problem.is_notice()),
    }
}

/// Prints each load problem on one line; the exit status is 1 when a page failed to load
/// (notices alone — a skipped FIFO, a link loop, damaged bytes replaced — leave it 0).
fn report(loaded: &Loaded) -> ExitCode {
    for m in &loaded.messages {
        say(m);
    }
    if loaded.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
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
    out.flush().or_else(ignore_broken_pipe)?;
    Ok(code)
}

/// Whether an error is a mistyped option value: a usage error, exit status 2 like clap's own.
fn is_usage(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<dubao::Error>(),
            Some(dubao::Error::BadDate(_) | dubao::Error::UnknownKind(_))
        )
    })
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
        // The CSV and JSON writers wrap the write's io::Error in their own.
        let wrapped = match cause.downcast_ref::<dubao::Error>() {
            Some(dubao::Error::Json(j)) => j.io_error_kind(),
            Some(dubao::Error::Csv(c)) => match c.kind() {
                csv::ErrorKind::Io(io) => Some(io.kind()),
                _ => None,
            },
            _ => None,
        };
        io.map(std::io::Error::kind).or(wrapped) == Some(std::io::ErrorKind::BrokenPipe)
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

/// Reads and decodes a text file or stdin with the same reader and decoder pages use.
fn read_text(file: Option<&std::path::Path>, max_page_size: Option<u64>) -> Result<String> {
    let source = match file {
        Some(p) if p.as_os_str() != "-" => ingest::Source::File(p.to_path_buf()),
        _ => ingest::Source::Stdin,
    };
    let (text, notice) = ingest::read_text(&source, &load_options(max_page_size))?;
    if let Some(notice) = notice {
        say(&notice.to_string());
    }
    Ok(text)
}
