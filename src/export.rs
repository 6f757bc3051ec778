//! Fact export: TSV, CSV, JSON and Markdown writers shared by `dubao facts` and the TUI.
//! PLACEHOLDER until facts land.
