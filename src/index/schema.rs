//! The index's schema: the text fields searched and the fields naming each document's file,
//! page version and article.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED,
};

use super::tokenizer;

/// The schema's fields.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    pub(super) title: Field,
    pub(super) body: Field,
    pub(super) file: Field,
    pub(super) version: Field,
    pub(super) article: Field,
    pub(super) path: Field,
}

impl Fields {
    pub(super) fn schema() -> (Schema, Fields) {
        let mut sb = Schema::builder();
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer::NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            title: sb.add_text_field("title", opts.clone()),
            body: sb.add_text_field("text", opts),
            file: sb.add_u64_field("file", INDEXED | FAST),
            version: sb.add_u64_field("version", FAST),
            article: sb.add_u64_field("article", FAST),
            path: sb.add_text_field("path", STORED),
        };
        (sb.build(), fields)
    }

    /// The fields of an opened index, `None` when its schema is not this one (another dubao).
    pub(super) fn of(schema: &Schema) -> Option<Fields> {
        let (want, _) = Fields::schema();
        if *schema != want {
            return None;
        }
        Some(Fields {
            title: schema.get_field("title").ok()?,
            body: schema.get_field("text").ok()?,
            file: schema.get_field("file").ok()?,
            version: schema.get_field("version").ok()?,
            article: schema.get_field("article").ok()?,
            path: schema.get_field("path").ok()?,
        })
    }
}
