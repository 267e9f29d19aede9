package poll

import (
	"go/ast"
	"go/types"
)

// ---- loops that step through a query's result ------------------------------
//
// `for rows.Next() { … }` walks the rows a query returned before the loop:
// each round moves a database cursor to its next row, and the loop ends
// when the rows run out. A status read inside it that takes the same id
// every round (one invoice looked up while the row builds an answer) is
// read once per row of a finite result, never again and again until the
// payment changes: it is no poll, whatever the body looks at. The cursor
// is known by what it is, not by its name: the loop's condition is the
// Next method, answering only a bool, of a database library's result
// (database/sql Rows, also sqlx's and GORM's Rows() that are sql.Rows,
// pgx Rows, mongo Cursor), on a cursor the loop does not replace (a cursor
// queried again inside the loop would read the same rows afresh).

// cursorLoop reports whether l is a for loop whose condition advances a
// database library's result cursor that the loop does not replace.
func (f *finder) cursorLoop(l *Loop) bool {
	fs, ok := l.Node.(*ast.ForStmt)
	if !ok || fs.Init != nil || fs.Post != nil || fs.Cond == nil {
		return false
	}
	call, ok := unparen(fs.Cond).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn := f.calleeFunc(call)
	if fn == nil || fn.Name() != "Next" || fn.Pkg() == nil || !storeLib(fn.Pkg().Path()) {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || sig.Results().Len() != 1 {
		return false
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	if v := f.varOf(sel.X); v != nil {
		for _, a := range f.assigns[v] {
			if within(a, fs.Body) {
				return false // queried again inside the loop
			}
		}
	} else if _, isField := unparen(sel.X).(*ast.SelectorExpr); !isField {
		return false // a cursor made by the condition itself
	}
	return true
}
