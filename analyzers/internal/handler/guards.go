package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- duplicate guards (webhookdedupe) -----------------------------------------

// A duplicate guard is an If whose condition comes from
//   - a store that remembers events: a call named seen / processed /
//     duplicate / already / idempotent / claim / exists… (the event id
//     checked or recorded), SQL on an events or webhooks table, an INSERT …
//     ON CONFLICT DO NOTHING or INSERT IGNORE, a GORM create of an event
//     row, an error named ErrDuplicate…: its result is checked;
//   - a compare-and-set: SQL or a GORM Where that tests a status column
//     (UPDATE … WHERE status = 'pending'), its rows affected checked;
//   - a state guard: a stored order's status compared with a state
//     (if o.Status == StatusPaid { return }) or a state flag (o.Fulfilled)
//     — not a value of the event itself, nor the payment fetched back
//     from the provider, which say the same on every delivery;
//   - a transition that rejects a repeat (o.Transition(Paid) returns an
//     error).
// An effect is guarded when every path to it goes through one branch of
// such an If.

var dedupeWords = []string{"seen", "processed", "duplicate", "duplicated", "dup", "dupe", "dedupe", "dedup",
	"deduplicate", "already", "idempotent", "idempotency", "replay", "replayed", "handled", "claim", "claimed",
	"setnx", "exists", "transition", "advance", "once", "lock", "acquire"}

// eventVerbs, with "event" or "webhook" in the name, record an event
// (RecordEvent, SaveWebhook, MarkEventProcessed).
var eventVerbs = []string{"record", "save", "store", "insert", "mark", "remember", "track", "register", "add", "put", "create"}

var (
	eventTableSQL = lazyre.New(`(?i)\b\w*(event|webhook|idempot|dedup|processed|deliver(y|ies))\w*\b`)
	casSQL        = lazyre.New(`(?is)\bwhere\b.*\b(status|state|\w+_status|processed_at|fulfilled_at|shipped_at)\b\s*(=|<>|!=|\bin\b|\bis\b)`)
	statusWhere   = lazyre.New(`(?i)\b(status|state|\w+_status|processed_at|fulfilled_at|shipped_at)\b\s*(=|<>|!=|\bin\b|\bis\b)`)
)

// stateWords are values a stored state is compared with in a guard.
var stateWords = map[string]bool{
	"paid": true, "succeeded": true, "success": true, "pending": true, "shipped": true, "fulfilled": true,
	"processed": true, "completed": true, "complete": true, "delivered": true, "captured": true, "settled": true,
	"refunded": true, "credited": true, "handled": true, "done": true, "confirmed": true, "active": true,
	"unpaid": true, "new": true, "created": true, "open": true, "awaitingpayment": true,
}

// stateFieldWords name a stored state flag or status field.
var stateFieldWords = []string{"status", "state", "paid", "fulfilled", "shipped", "processed", "delivered",
	"credited", "handled", "refunded", "captured"}

// guardIfs are the Ifs of fn whose condition is a duplicate guard.
type guardIfs []*ssa.If

// guards finds the duplicate guards of fn and of the literals nested in
// it (a transaction's or a goroutine's body); seeds are the values that
// hold the request or the event (their fields are not stored state).
func (m *Model) guards(fn *ssa.Function, seeds []ssa.Value) guardIfs {
	ev := nestedEventTaint(fn, seeds)
	st := map[ssa.Value]bool{}
	var out guardIfs
	for _, f := range allFuncs(fn) {
		for v := range m.statusTaint(f) {
			st[v] = true
		}
	}
	for _, f := range allFuncs(fn) {
		gt := taint(f, func(in ssa.Instruction) bool {
			return m.guardSeed(in) || lookupSeed(in, ev) || m.claimSeed(in, ev) || docInsertSeed(in) || keyedInsertSeed(in, ev) // uniquekey.go
		}, false)
		for _, i := range ifs(f) {
			if m.guardCond(i.Cond, ev, st, gt, 0) && !m.answerBeside(i.Cond, gt) { // caserr.go
				out = append(out, i)
			}
		}
	}
	return out
}

// nestedEventTaint is eventTaint of fn, its literals' captured variables
// included: a literal's free variable bound to the event is the event.
func nestedEventTaint(fn *ssa.Function, seeds []ssa.Value) map[ssa.Value]bool {
	ev := eventTaint(fn, seeds)
	for round := 0; round < 3; round++ {
		more := false
		for _, f := range allFuncs(fn) {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					mc, ok := in.(*ssa.MakeClosure)
					if !ok {
						continue
					}
					anon, ok := mc.Fn.(*ssa.Function)
					if !ok || len(anon.FreeVars) != len(mc.Bindings) {
						continue
					}
					for i, bv := range mc.Bindings {
						if ev[bv] && !ev[anon.FreeVars[i]] {
							seeds, more = append(seeds, anon.FreeVars[i]), true
						}
					}
				}
			}
		}
		if !more {
			break
		}
		ev = eventTaint(fn, seeds)
	}
	return ev
}

// guardedAt reports whether node of fn (a call or a statement) is reached
// only through one branch of a guard: a guard of fn itself, or, for a node
// inside a literal, a guard of that literal (or of a literal enclosing
// it) that the node's block is reached only through.
func (m *Model) guardedAt(fn *ssa.Function, node ast.Node, g guardIfs) bool {
	in := m.rawNear(fn, node)
	if in == nil {
		return true // not located: stay silent
	}
	for in != nil {
		f, b := in.Parent(), in.Block()
		for _, i := range g {
			if i.Parent() != f {
				continue
			}
			for n := 0; n < 2; n++ {
				if guardedBy(f, []edge{succ(i, n)}, b) && !intoDone(i, n) { // statepolarity.go
					return true
				}
			}
		}
		if f == fn {
			return false
		}
		if in = liftOnce(in); in == nil {
			return true // not located in fn: stay silent
		}
	}
	return false
}

// liftOnce maps an instruction of a literal to the instruction of the
// enclosing function that makes or uses the literal.
func liftOnce(in ssa.Instruction) ssa.Instruction {
	if in.Parent().Parent() == nil {
		return nil
	}
	return lift(in, in.Parent().Parent())
}

// instrNear is the instruction of fn for node: the call, or any
// instruction inside the statement (lifted out of literals).
func (m *Model) instrNear(fn *ssa.Function, node ast.Node) ssa.Instruction {
	if in := m.rawNear(fn, node); in != nil {
		return lift(in, fn)
	}
	return nil
}

// rawNear is the instruction of fn or of a literal nested in it for node.
func (m *Model) rawNear(fn *ssa.Function, node ast.Node) ssa.Instruction {
	if call, ok := node.(*ast.CallExpr); ok {
		if c := m.callAt(fn, call.Lparen); c != nil {
			return c
		}
		return nil
	}
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if p := in.Pos(); p.IsValid() && node.Pos() <= p && p < node.End() {
					return in
				}
			}
		}
	}
	return nil
}

func (m *Model) guardCond(v ssa.Value, ev, st, gt map[ssa.Value]bool, depth int) bool {
	if depth > 4 || v == nil {
		return false
	}
	if gt[v] {
		return true
	}
	stored := func(x ssa.Value) bool {
		_, isConst := x.(*ssa.Const)
		// A row looked up by the fetched payment's reference is stored
		// state all the same (guardlookup.go).
		return !isConst && !ev[x] && (!st[x] || m.lookedUp(x))
	}
	switch c := v.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			return m.guardCond(c.X, ev, st, gt, depth+1)
		}
		if c.Op == token.MUL && stored(c) {
			if fa, ok := c.X.(*ssa.FieldAddr); ok && boolField(fa.X.Type(), fa.Field) {
				return true
			}
		}
	case *ssa.Field:
		return stored(c) && boolField(c.X.Type(), c.Field)
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return false
		}
		for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
			if s, ok := constStr(pair[1]); ok && stored(pair[0]) && (stateWords[norm(s)] || payment.PendingStatus(s) || statusValue(pair[0])) {
				return true
			}
		}
	case *ssa.Call:
		if o := calleeObj(c.Common()); o != nil && pkgOf(o) == "strings" && o.Name() == "EqualFold" && len(c.Call.Args) == 2 {
			a, b := c.Call.Args[0], c.Call.Args[1]
			if s, ok := constStr(b); ok && stored(a) && stateWords[norm(s)] {
				return true
			}
			if s, ok := constStr(a); ok && stored(b) && stateWords[norm(s)] {
				return true
			}
		}
	}
	return false
}

// statusValue: v is a load of a field named status or state.
func statusValue(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return fieldHas(fa.X.Type(), fa.Field, "status", "state")
		}
	case *ssa.Field:
		return fieldHas(x.X.Type(), x.Field, "status", "state")
	}
	return false
}

// boolField: a bool field named as a state (o.Fulfilled, o.Paid).
func boolField(t types.Type, idx int) bool {
	f := fieldAt(t, idx)
	if f == nil {
		return false
	}
	if b, ok := f.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	return hasWord(sharedWords(f.Name()), stateFieldWords...) != ""
}

func fieldHas(t types.Type, idx int, set ...string) bool {
	f := fieldAt(t, idx)
	return f != nil && hasWord(sharedWords(f.Name()), set...) != ""
}

func fieldAt(t types.Type, idx int) *types.Var {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || idx >= st.NumFields() {
		return nil
	}
	return st.Field(idx)
}

// eventType: a (pointer to a) named type for a received event row
// (ProcessedEvent, WebhookDelivery).
func eventType(t types.Type) bool {
	ws := typeNameWords(t)
	return hasWord(ws, "event", "webhook", "delivery", "idempotency", "dedupe", "notification") != ""
}

func typeNameWords(t types.Type) []string {
	for i := 0; i < 3; i++ {
		switch x := types.Unalias(t).(type) {
		case *types.Pointer:
			t = x.Elem()
			continue
		case *types.Slice:
			t = x.Elem()
			continue
		case *types.Named:
			return words(x.Obj().Name())
		}
		return nil
	}
	return nil
}

// eventLike: a parameter that holds the request or the event (its fields
// say the same on every delivery): a request or framework context, a
// provider SDK type, a type named as an event or notification.
func eventLike(t types.Type) bool {
	if requestType(t) {
		return true
	}
	if hasWord(typeNameWords(t), "event", "webhook", "notification", "payload", "callback", "ipn") != "" {
		return true
	}
	for i := 0; i < 3; i++ {
		switch x := types.Unalias(t).(type) {
		case *types.Pointer:
			t = x.Elem()
			continue
		case *types.Named:
			return x.Obj().Pkg() != nil && sdkPath(x.Obj().Pkg().Path())
		}
		return false
	}
	return false
}

// sdkPath: a package of a provider's SDK, by its module path (the
// provider tables), never by a provider's name inside a merchant's path.
func sdkPath(p string) bool {
	return payment.ProviderSDK(p)
}

// eventTaint: the values derived from seeds through operations and
// through the calls that decode, read or verify them (json.Unmarshal,
// io.ReadAll, webhook.ConstructEvent, request methods) — not through
// other calls: an order loaded by the event's id is stored state.
func eventTaint(fn *ssa.Function, seeds []ssa.Value) map[ssa.Value]bool {
	t := map[ssa.Value]bool{}
	for _, s := range seeds {
		t[s] = true
	}
	if len(t) == 0 {
		return t
	}
	mark := func(v ssa.Value) bool {
		if v == nil || t[v] {
			return false
		}
		switch v.(type) {
		case *ssa.Const, *ssa.Function, *ssa.Global:
			return false
		}
		t[v] = true
		return true
	}
	var ops []*ssa.Value
	rows := loadedRows(fn) // a stored row's other fields stay stored state (rowfields.go)
	for changed, round := true, 0; changed && round < 20; round++ {
		changed = false
		for _, f := range allFuncs(fn) {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					if st, ok := in.(*ssa.Store); ok {
						if t[st.Val] {
							changed = mark(st.Addr) || changed
							if !rows.field(st.Addr, st) {
								changed = mark(root(st.Addr)) || changed
							}
						}
						continue
					}
					if fa, ok := in.(*ssa.FieldAddr); ok && rows.tainted(fa) {
						changed = mark(fa) || changed
					}
					v, isVal := in.(ssa.Value)
					if !isVal {
						continue
					}
					any := false
					for _, op := range in.Operands(ops[:0]) {
						if op != nil && *op != nil && t[*op] {
							any = true
							break
						}
					}
					if !any {
						continue
					}
					if c, ok := in.(*ssa.Call); ok {
						if !decodes(c.Common()) && !takesRequest(c.Common()) {
							continue
						}
						for _, a := range c.Call.Args {
							if _, ok := strip(a).Type().Underlying().(*types.Pointer); ok {
								changed = mark(root(strip(a))) || changed
							}
						}
					}
					changed = mark(v) || changed
				}
			}
		}
	}
	return t
}

// takesRequest: a helper handed the request itself (h.event(w, r)) reads
// the event from it. (A store lookup takes r.Context(), not r.)
func takesRequest(c *ssa.CallCommon) bool {
	for _, a := range c.Args {
		if requestType(a.Type()) {
			return true
		}
	}
	return false
}

// decodes: a call that reads, decodes or verifies what it is given.
func decodes(c *ssa.CallCommon) bool {
	if pure(c) || requestMethod(c) {
		return true
	}
	o := calleeObj(c)
	if o == nil {
		return false
	}
	p := pkgOf(o)
	switch {
	case strings.HasPrefix(p, "encoding/"), p == "io", p == "io/ioutil", p == "mime/multipart":
		return true
	case isStripe(p) && (strings.Contains(p, "webhook") || strings.HasPrefix(o.Name(), "ConstructEvent")):
		return true
	}
	return hasWord(sharedWords(o.Name()), "decode", "unmarshal", "parse", "bind", "construct", "verify") != "" &&
		!strings.HasPrefix(o.Name(), "Get")
}
