package article

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of the Article JSON form.
//
//go:embed article.schema.json
var JSONSchema []byte
