package archive

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoRegexpCompiledAtInit fails when a package-level variable of this
// package compiles a regular expression: every process that imports the
// package (`search` too) would pay for it at start. Use lazyRE.
func TestNoRegexpCompiledAtInit(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			ast.Inspect(gd, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if ok && (sel.Sel.Name == "MustCompile" || sel.Sel.Name == "Compile") {
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "regexp" {
						t.Errorf("%s: a package-level regexp.%s runs at every process start: use lazyRE", fset.Position(sel.Pos()), sel.Sel.Name)
					}
				}
				return true
			})
		}
	}
}
