package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandsLogThroughTheirOwnLogger: every command logs through the
// logger its command line built (globalOptions.Log), never through the
// process-wide slog default, which only main's one command line sets. The tests run several command lines in one
// process at once (a worker index beside a worker extract); with a shared
// default, the one that started last took the other's log, and a WARN the
// test waited for went to the wrong buffer at the wrong level.
func TestCommandsLogThroughTheirOwnLogger(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	// (SetDefault is main's alone, for the one command line of a real
	// process: processWide, never set in tests.)
	banned := map[string]bool{"Default": true, "Debug": true, "Info": true, "Warn": true, "Error": true, "Log": true}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "slog" && banned[sel.Sel.Name] {
				t.Errorf("%s: slog.%s: log through the command line's logger (globalOptions.Log)", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("checked %d files: not the command's directory?", checked)
	}
}
