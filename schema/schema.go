// Package schema publishes the JSON Schema (draft 2020-12) of the article
// JSON that Byline puts on the ARTICLES stream, serves from its API and
// prints from `byline extract`: article.schema.json in this directory,
// also embedded here as Article.
//
// The file is generated from the Go type article.Article (its field
// comments become descriptions); never edit it by hand. After changing the
// type run
//
//	go generate ./schema
//
// and commit the result; a test fails while the file is stale, and another
// while a field that schema_version 1 promised has gone or turned optional
// (that needs a new article.SchemaVersion). The compatibility policy is in
// the README, "For downstream teams".
package schema

import _ "embed"

//go:generate go test -run TestArticleSchemaUpToDate -update .

// Article is the JSON Schema of article.Article, the bytes of
// article.schema.json.
//
//go:embed article.schema.json
var Article []byte

// ID is the $id of the article schema.
const ID = "https://github.com/byline/byline/schema/article.schema.json"
