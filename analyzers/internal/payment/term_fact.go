package payment

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// ---- a store method storing a terminal payment state -------------------------------
//
// A store of the merchant's own records moves a payment to one of its
// ends under a name the caller reads as a verb:
//
//	func (s *Orders) MarkRefunded(ctx context.Context, id string) error {
//		return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("status", OrderRefunded).Error
//	}
//
// The write stores a constant terminal state (refunded, failed, charged
// back…) in a payment's status column (term_state.go judges the value
// and the column: orders.status, payments.state, never an audit log's);
// the caller, in this package or another, stores it by calling the
// method. TerminalStateFact carries that to the callers: the handler
// model judges a webhook calling it as one writing the state itself
// (handler/terminalstate.go). Found in the function's own body, outside
// function literals: a constant UPDATE, a GORM Update of the status
// column, a store with a StatusParamFact handed the constant, or a
// function of this package or another with the fact.

// TerminalStateFact: the function stores the terminal, non-paid payment
// state Value (normalised) in a payment's status column.
type TerminalStateFact struct {
	Value     string
	MoneyBack bool
}

// AFact marks TerminalStateFact as a fact.
func (*TerminalStateFact) AFact() {}

func (f *TerminalStateFact) String() string { return "stores " + f.Value }

// TerminalStateOf is the TerminalStateFact of fn (of any package); nil if
// it has none or the model did not run.
func (in *Info) TerminalStateOf(fn *types.Func) *TerminalStateFact {
	if in == nil || in.importFact == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	f := new(TerminalStateFact)
	if in.importAfter(fn, f) {
		return f
	}
	return nil
}

// exportTerminalStates exports TerminalStateFact for the package's
// functions (run once the status-parameter facts are known).
func (b *builder) exportTerminalStates() {
	memo := map[*types.Func]*TerminalStateFact{}
	for fn := range b.ix.declOf {
		if f := b.terminalStateOf(fn, memo, 0); f != nil {
			b.pass.ExportObjectFact(fn, f)
		}
	}
}

// terminalStateOf: fn's fact, imported or found in its body.
func (b *builder) terminalStateOf(fn *types.Func, memo map[*types.Func]*TerminalStateFact, depth int) *TerminalStateFact {
	if fn == nil || fn.Pkg() == nil || isAbstract(fn) {
		return nil
	}
	if fn.Pkg() != b.pass.Pkg {
		f := new(TerminalStateFact)
		if b.pass.ImportObjectFact(fn, f) {
			return f
		}
		return nil
	}
	if f, ok := memo[fn]; ok {
		return f
	}
	memo[fn] = nil // a cycle finds nothing
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil || depth > maxStatusDepth {
		return nil
	}
	var found *TerminalStateFact
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			found = b.terminalCall(x, memo, depth)
		}
		return found == nil
	})
	memo[fn] = found
	return found
}

// terminalCall: call stores a constant terminal payment state.
func (b *builder) terminalCall(call *ast.CallExpr, memo map[*types.Func]*TerminalStateFact, depth int) *TerminalStateFact {
	if w := WriteStateOf(b.ix.info, call); w.State == StateTerminal {
		return &TerminalStateFact{Value: w.Value, MoneyBack: w.MoneyBack}
	}
	fn := calleeOf(b.ix.info, call)
	if fn == nil {
		return nil
	}
	constArg := slices.ContainsFunc(call.Args, func(a ast.Expr) bool { _, ok := b.ix.stringConst(a); return ok })
	if !constArg {
		return b.terminalStateOf(fn, memo, depth+1) // the cheap test first: no constant handed, no status write here
	}
	if i, table, col := b.statusWriteArg(call, fn, depth); i >= 0 && i < len(call.Args) {
		if s, ok := b.ix.stringConst(call.Args[i]); ok {
			w := classifyState(table, []colVal{{col: col, val: strings.ToLower(s), known: true}})
			if w.State == StateTerminal {
				return &TerminalStateFact{Value: w.Value, MoneyBack: w.MoneyBack}
			}
		}
		return nil
	}
	return b.terminalStateOf(fn, memo, depth+1)
}
