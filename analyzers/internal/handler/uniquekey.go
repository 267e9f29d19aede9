package handler

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
	"golang.org/x/tools/go/ssa"
)

// ---- webhookdedupe: a gorm row keyed by the delivery's id ---------------------
//
// gorm declares a table's constraints on the model's fields, and
// AutoMigrate creates them:
//
//	type Payment struct {
//		ID       uint   `gorm:"primaryKey"`
//		StripeID string `gorm:"uniqueIndex"`
//		Amount   int64
//	}
//	db.Create(&Payment{StripeID: pi.ID, Amount: pi.Amount})
//
// When the unique column receives the id the delivery carries (the
// event's, the payment's, the session's), a redelivery's insert fails on
// the unique index and adds no row: the insert is keyed, as INSERT … ON
// CONFLICT DO NOTHING is. Its failure, when it stops the handler, also
// guards what follows (the row is the claim). A unique column that
// receives a value made per call (a uuid, a timestamp) keys nothing, and
// neither does one whose value is not the delivery's.

// keyedInsert: call, an SSA call of fn (or of a literal in it), is a gorm
// Create of a model whose unique column receives an id of the delivery
// (ev: the values derived from the request or the event).
func keyedInsert(c *ssa.Call, ev map[ssa.Value]bool) bool {
	if c == nil || c.Call.IsInvoke() {
		return false
	}
	o := calleeObj(c.Common())
	if o == nil || o.Name() != "Create" || !dblib.IsGORM(pkgOf(o)) {
		return false
	}
	for _, a := range c.Call.Args {
		if alloc, ok := strip(a).(*ssa.Alloc); ok && keyedModel(alloc, ev) {
			return true
		}
	}
	return false
}

// keyedModel: the struct alloc points to has a unique index (one column,
// or the columns of a named one) whose columns are given ids of the
// delivery (or, beside one, constants: a provider's name) before the
// insert.
func keyedModel(alloc *ssa.Alloc, ev map[ssa.Value]bool) bool {
	ptr, ok := alloc.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	stored := storedFields(alloc, 0)
	groups := map[string][]int{} // a unique index's name ("" alone: its own) → its fields
	for i := 0; i < st.NumFields(); i++ {
		name, ok := gormUnique(st.Tag(i))
		if !ok {
			continue
		}
		if name == "" {
			name = "\x00" + st.Field(i).Name()
		}
		groups[name] = append(groups[name], i)
	}
	for _, fields := range groups {
		all, id := true, false
		for _, i := range fields {
			v := stored[i]
			_, isConst := v.(*ssa.Const)
			isID := v != nil && deliveryID(v, ev, 0)
			all, id = all && (isID || isConst), id || isID
		}
		if all && id {
			return true
		}
	}
	return false
}

// storedFields: the value stored in each field of the struct alloc points
// to (a literal's fields, also of a literal copied into a local: payment
// := Payment{…}; a field stored twice has none).
func storedFields(alloc *ssa.Alloc, depth int) map[int]ssa.Value {
	out := map[int]ssa.Value{}
	twice := map[int]bool{}
	refs := alloc.Referrers()
	if refs == nil {
		return out
	}
	for _, r := range *refs {
		if s, ok := r.(*ssa.Store); ok && s.Addr == alloc {
			if u, ok := s.Val.(*ssa.UnOp); ok && u.Op == token.MUL {
				if lit, ok := u.X.(*ssa.Alloc); ok && lit != alloc && depth < 2 {
					for i, v := range storedFields(lit, depth+1) {
						if _, seen := out[i]; seen {
							twice[i] = true
						}
						out[i] = v
					}
				}
			}
			continue
		}
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.Referrers() == nil {
			continue
		}
		for _, u := range *fa.Referrers() {
			if s, ok := u.(*ssa.Store); ok && s.Addr == fa {
				if _, seen := out[fa.Field]; seen {
					twice[fa.Field] = true
				}
				out[fa.Field] = s.Val
			}
		}
	}
	for i := range twice {
		delete(out, i)
	}
	return out
}

// gormUnique: a gorm tag that declares its field unique — uniqueIndex
// (with the index's name, when it names one: the fields sharing it form
// one index), unique, primaryKey (unique_index and primary_key in gorm v1).
func gormUnique(tag string) (string, bool) {
	for _, part := range strings.Split(reflect.StructTag(tag).Get("gorm"), ";") {
		key, val, _ := strings.Cut(strings.TrimSpace(part), ":")
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "uniqueindex", "unique_index": // unique_index in gorm v1
			name, _, _ := strings.Cut(val, ",")
			return strings.TrimSpace(name), true
		case "unique", "primarykey", "primary_key":
			return "", true
		}
	}
	return "", false
}

// idWords name a field or a parameter that holds an identifier.
var idWords = []string{"id", "ids", "ref", "reference", "key", "signature", "uid", "uuid"}

// deliveryID: v is an id the delivery carries — a field named as an id of
// the event or of what it holds (pi.ID, evt.Data.Object.PaymentIntent),
// maybe converted, or put in a constant text ("stripe-" + cs.ID,
// fmt.Sprintf("stripe-session-id=%s", cs.ID)). Nothing made per call.
func deliveryID(v ssa.Value, ev map[ssa.Value]bool, depth int) bool {
	if depth > 4 || v == nil {
		return false
	}
	v = strip(v)
	switch x := v.(type) {
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		return ok && x.Op == token.MUL && ev[x] && idField(fa.X.Type(), fa.Field)
	case *ssa.Field:
		return ev[x] && idField(x.X.Type(), x.Field)
	case *ssa.BinOp:
		if x.Op != token.ADD {
			return false
		}
		_, cx := x.X.(*ssa.Const)
		_, cy := x.Y.(*ssa.Const)
		return cx && deliveryID(x.Y, ev, depth+1) || cy && deliveryID(x.X, ev, depth+1) ||
			deliveryID(x.X, ev, depth+1) && deliveryID(x.Y, ev, depth+1)
	case *ssa.Call:
		o := calleeObj(x.Common())
		if o == nil || pkgOf(o) != "fmt" || o.Name() != "Sprintf" || len(x.Call.Args) != 2 {
			return false
		}
		if _, ok := constStr(x.Call.Args[0]); !ok {
			return false
		}
		return variadicAll(x.Call.Args[1], func(a ssa.Value) bool { return deliveryID(a, ev, depth+1) })
	}
	return false
}

// variadicAll: every element stored in the slice a variadic call was
// handed satisfies ok (and there is at least one).
func variadicAll(v ssa.Value, ok func(ssa.Value) bool) bool {
	sl, isSlice := v.(*ssa.Slice)
	if !isSlice {
		return false
	}
	alloc, isAlloc := sl.X.(*ssa.Alloc)
	if !isAlloc || alloc.Referrers() == nil {
		return false
	}
	n := 0
	for _, r := range *alloc.Referrers() {
		ia, isIdx := r.(*ssa.IndexAddr)
		if !isIdx || ia.Referrers() == nil {
			continue
		}
		for _, u := range *ia.Referrers() {
			if s, isStore := u.(*ssa.Store); isStore && s.Addr == ia {
				if !ok(s.Val) {
					return false
				}
				n++
			}
		}
	}
	return n > 0
}

// idField: field idx of t (a struct or a pointer to one) is named as an
// identifier (ID, PaymentIntent's ID, SessionID, Reference).
func idField(t types.Type, idx int) bool {
	f := fieldAt(t, idx)
	return f != nil && hasWord(words(f.Name()), idWords...) != ""
}

// withoutKeyedInserts drops the inserts of es that are keyed by the id
// of the delivery seeds hold (keyedInsert): a redelivery adds no row.
func (m *Model) withoutKeyedInserts(fn *ssa.Function, seeds []ssa.Value, es []Effect) []Effect {
	var ev map[ssa.Value]bool
	out := es[:0:0]
	for _, e := range es {
		if e.Kind == Insert {
			if ev == nil {
				ev = nestedEventTaint(fn, seeds)
			}
			if c, ok := m.rawNear(fn, e.Node).(*ssa.Call); ok && keyedInsert(c, ev) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// keyedInsertSeed: in is a gorm Create keyed by the delivery's id; its
// failure says a repeat (a guard seed, like an event row's insert).
func keyedInsertSeed(in ssa.Instruction, ev map[ssa.Value]bool) bool {
	c, ok := in.(*ssa.Call)
	return ok && keyedInsert(c, ev)
}
