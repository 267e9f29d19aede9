package handler

import (
	"go/ast"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// pkgSSA is a package's SSA, by syntax, built at most once per pass.
// The model, the guard-helper summaries and the dedupe/ack summaries of
// the analyzers that share the model each used to build their own
// program of the whole package when they needed one: up to three builds
// of the same package, the largest cost of the handler model. The
// analyzers sharing the model may ask concurrently, hence the Once.
type pkgSSA struct {
	once sync.Once
	fns  map[ast.Node]*ssa.Function
}

func (p *pkgSSA) of(pass *analysis.Pass) map[ast.Node]*ssa.Function {
	p.once.Do(func() {
		p.fns = map[ast.Node]*ssa.Function{}
		for _, fn := range buildSSA(pass) {
			if syn := fn.Syntax(); syn != nil {
				p.fns[syn] = fn
			}
		}
	})
	return p.fns
}
