package payment

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// Analyzer builds the payment model of a package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "paymentmodel",
	Doc:        "builds paylint's model of payment operations (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeOf((*Info)(nil)),
	FactTypes:  []analysis.Fact{(*WrapperFact)(nil)},
	Run:        run,
}

func run(pass *analysis.Pass) (any, error) {
	// TODO(model): recognise ops; this placeholder keeps dependants compiling.
	return &Info{Ops: map[*ast.CallExpr]*Op{}, Wrappers: map[*types.Func]*WrapperFact{}}, nil
}
