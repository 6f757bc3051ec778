//! A streaming run of a subcommand over an archive: the first pass (ids, zones) before any
//! output, then every page written as it loads, with the load's problems reported after.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::load::{loaded_from, loader, report};
use super::stream::{PageWriter, Rendered};
use super::Filter;
use crate::error::Error;
use crate::facts;
use crate::loader::{Detail, Loader, Plan};

/// A streaming run of a subcommand over an archive: the first pass (ids, zones) done, pages
/// still to come; see [`Loader::plan`].
pub struct Streaming<'a> {
    loader: Loader,
    plan: Plan,
    detail: Detail<'a>,
}

impl<'a> Streaming<'a> {
    /// Runs the first pass over `paths` with the `--max-page-size` and `--no-cache` of `limits`
    /// (collecting the zones articles name when `zones`, for a `--zone` to check); with an extractor, pages will come with facts, else
    /// only their heads (what `list` prints).
    pub fn new(
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
    pub fn fact_rows(mut self) -> Self {
        if let Detail::Facts(x) = self.detail {
            self.detail = Detail::FactRows(x);
        }
        self
    }

    /// The project ledger of every page, from a pass of its own (the pages are not kept): what
    /// `mentions` needs before its pass, for an entity's other names.
    pub fn ledger(&self) -> Result<Vec<crate::ledger::Record>, Error> {
        let mut builder = crate::ledger::Builder::default();
        self.loader
            .stream(&self.plan, self.detail, |r| -> Result<(), Error> {
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
    fn check(&self, filter: &Filter) -> Result<(), Error> {
        filter.check_known(self.plan.zones())
    }

    /// Checks the filter, then writes every page through `writer` as it loads; load problems
    /// and the cache's notices are printed after the output, as [`report`] does.
    pub fn write(
        mut self,
        filter: &Filter,
        mut writer: Box<dyn PageWriter>,
        out: &mut dyn Write,
    ) -> Result<ExitCode, Error> {
        if let Some(code) = self.nothing_readable() {
            return Ok(code);
        }
        self.check(filter)?;
        let mut errors = std::mem::take(&mut self.plan.errors);
        let mut pages = 0usize;
        // A writer that can have its pages rendered on the loading threads only writes here.
        let renderer = writer.renderer();
        let prepare = |l: crate::ingest::Loaded| match &renderer {
            Some(r) => (Ready::Rendered(r.render(&l.page)), l.notice),
            None => (Ready::Page(l.page), l.notice),
        };
        self.loader
            .stream_with(&self.plan, self.detail, prepare, |r| -> Result<(), Error> {
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
            })?;
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
/// [`PageWriter::renderer`]).
enum Ready {
    Page(crate::model::Page),
    Rendered(Rendered),
}
