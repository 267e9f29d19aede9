package handler

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/dblib"
	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// ---- duplicate guards' seeds: the calls whose answer says a repeat ------------

// guardSeed: a call whose result says whether the event was seen.
func (m *Model) guardSeed(in ssa.Instruction) bool {
	return m.guardSeedAt(in, 0)
}

// guardSeedAt is guardSeed inside helpers read depth deep: a call of a
// helper of this package that answers whether the event is new
// (guardhelper.go) is one too.
func (m *Model) guardSeedAt(in ssa.Instruction, depth int) bool {
	c, ok := in.(*ssa.Call)
	if !ok {
		return false
	}
	o := calleeObj(c.Common())
	if o == nil || o.Pkg() == nil {
		return false
	}
	if o.Pkg() == m.pass.Pkg && m.guardHelper(c.Common(), depth) || m.importedGuardHelper(o) || m.ifaceGuardHelper(c, depth) || m.ifaceAnswer(c, depth) {
		return true // a helper answering whether the event is new (guardhelper.go, guardfact.go)
	}
	std := stdPath(pkgOf(o))
	if ws := words(o.Name()); !std && !fluentSetter(o) && (hasWord(ws, dedupeWords...) != "" ||
		hasWord(ws, "event", "events", "webhook", "webhooks", "delivery") != "" && hasWord(ws, eventVerbs...) != "") {
		return true
	}
	for _, a := range c.Call.Args {
		if s, ok := constStr(a); ok {
			if sqlVerb.MatchString(s) && (eventTableSQL.MatchString(s) || sqlIdemInsrt.MatchString(s) || casSQL.MatchString(s)) {
				return true
			}
			if o.Name() == "Where" && statusWhere.MatchString(s) {
				return true
			}
			if o.Name() == "On" && pkgOf(o) == "github.com/uptrace/bun" && conflictClause.MatchString(s) {
				return true // bun's .On("CONFLICT (id) DO NOTHING"): the insert answers whether the row is new
			}
		}
		if dedupeGlobal(a) {
			return true
		}
		if !std && dbPkg(pkgOf(o)) && eventType(strip(a).Type()) {
			return true
		}
	}
	return false
}

// conflictClause: the conflict clause a query builder appends to an
// insert ("CONFLICT (id) DO NOTHING"): a repeat inserts no row.
var conflictClause = lazyre.New(`(?is)^\s*conflict\b.*\bdo\s+nothing\b`)

// lookupSeed: the event's id looked up in a map or sync.Map of seen
// events (s.seen[evt.ID], processed.LoadOrStore(evt.ID, true)).
func lookupSeed(in ssa.Instruction, ev map[ssa.Value]bool) bool {
	switch x := in.(type) {
	case *ssa.Lookup:
		mt, isMap := x.X.Type().Underlying().(*types.Map)
		return isMap && ev[x.Index] && recordElem(mt.Elem())
	case *ssa.Call:
		o := calleeObj(x.Common())
		if o == nil || pkgOf(o) != "sync" || (o.Name() != "LoadOrStore" && o.Name() != "Load") {
			return false
		}
		for _, a := range x.Call.Args {
			if ev[strip(a)] || ev[a] {
				return true
			}
		}
	}
	return false
}

// recordElem: the element type of a map that remembers deliveries — a
// flag, a count, a time or a name (seen[id] = true, seen[id] =
// time.Now()), an empty struct, or an event row. A map of clients,
// handlers or services picked by a value of the event (h.clients[country],
// handlers[evt.Type]) dispatches the delivery; it remembers nothing.
func recordElem(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Struct:
		if u.NumFields() == 0 {
			return true
		}
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" {
		return true
	}
	return eventType(t)
}

// dedupeGlobal: a load of a package variable named as a duplicate
// (ErrDuplicateEvent, ErrAlreadyProcessed).
func dedupeGlobal(v ssa.Value) bool {
	u, ok := strip(v).(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return false
	}
	g, ok := u.X.(*ssa.Global)
	return ok && hasWord(sharedWords(g.Name()), dedupeWords...) != ""
}

func dbPkg(p string) bool {
	return dblib.IsGORM(p) || p == "database/sql" || strings.HasPrefix(p, "github.com/jmoiron/sqlx") ||
		strings.HasPrefix(p, "github.com/jackc/pgx")
}

// fluentSetter: a method answering its own receiver's type, a step of a
// request builder (xendit-go's ApiCreatePayoutRequest.IdempotencyKey(k)
// returns the request with the key set, as Adyen's inputs do): it stores
// a value in the request it builds and answers no question, so its name
// (idempotency, once, lock) says nothing about whether the event is new.
// What such a chain sends is judged by its arguments (a status in a
// gorm Where) or by the call that runs it.
func fluentSetter(o *types.Func) bool {
	sig, ok := o.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Results().Len() != 1 {
		return false
	}
	return types.Identical(sig.Results().At(0).Type(), sig.Recv().Type())
}
