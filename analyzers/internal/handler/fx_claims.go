package handler

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- claims: a key set only if absent (webhookdedupe guards) ------------------

// claimSeed: the answer of a Redis SETNX / HSETNX whose key (or hash
// field) is made from the event, read with (*BoolCmd).Result() or Val():
// true when this delivery claimed the event first
// (fresh, _ := rdb.SetNX(ctx, "evt:"+evt.ID, 1, ttl).Result(); if !fresh { return }).
// Only the answer is the guard: an error check of the same command, or a
// lock on a key that is not the event's, says nothing about repeats.
func (m *Model) claimSeed(in ssa.Instruction, ev map[ssa.Value]bool) bool {
	switch x := in.(type) {
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		return ok && x.Index == 0 && boolCmdRead(c, "Result") && eventClaim(c.Call.Args[0], ev)
	case *ssa.Call:
		return boolCmdRead(x, "Val") && eventClaim(x.Call.Args[0], ev)
	}
	return false
}

// boolCmdRead: a static call of go-redis (*BoolCmd).<name> (receiver first).
func boolCmdRead(c *ssa.Call, name string) bool {
	o := calleeObj(c.Common())
	if o == nil || o.Name() != name || !redisPkg(pkgOf(o)) || len(c.Call.Args) == 0 || c.Call.IsInvoke() {
		return false
	}
	return hasWord(typeNameWords(c.Call.Args[0].Type()), "bool") != ""
}

// eventClaim: cmd is the result of SetNX / HSetNX with a key made from
// the event (for HSetNX, the key or the field).
func eventClaim(cmd ssa.Value, ev map[ssa.Value]bool) bool {
	c, ok := cmd.(*ssa.Call)
	if !ok {
		return false
	}
	o := calleeObj(c.Common())
	if o == nil || !redisPkg(pkgOf(o)) {
		return false
	}
	args := c.Call.Args
	if sig, ok := o.Type().(*types.Signature); ok && sig.Recv() != nil && !c.Call.IsInvoke() && len(args) > 0 {
		args = args[1:] // the receiver
	}
	var keys []ssa.Value
	switch {
	case o.Name() == "SetNX" && len(args) >= 2:
		keys = args[1:2]
	case o.Name() == "HSetNX" && len(args) >= 3:
		keys = args[1:3]
	}
	for _, k := range keys {
		if ev[k] || ev[strip(k)] {
			return true
		}
	}
	return false
}

// redisPkg: the go-redis client package (github.com/redis/go-redis/v9,
// github.com/go-redis/redis/v8 and their other majors).
func redisPkg(p string) bool {
	for _, mod := range []string{"github.com/redis/go-redis", "github.com/go-redis/redis"} {
		if v, ok := strings.CutPrefix(p, mod); ok && (v == "" || strings.HasPrefix(v, "/v") && !strings.Contains(v[1:], "/")) {
			return true
		}
	}
	return false
}

// docInsertSeed: a document inserted into a collection of received events
// (d.Events.InsertOne(ctx, bson.M{"_id": evt.ID}), db.Collection(
// "webhook_events").InsertOne, or a document typed as an event row): with
// the event id as its key a repeat fails the insert, so a failure that
// aborts guards what follows.
func docInsertSeed(in ssa.Instruction) bool {
	c, ok := in.(*ssa.Call)
	if !ok || c.Call.IsInvoke() {
		return false
	}
	o := calleeObj(c.Common())
	if o == nil || o.Name() != "InsertOne" || !mongoPkg(pkgOf(o)) || len(c.Call.Args) < 3 {
		return false
	}
	if eventType(strip(c.Call.Args[2]).Type()) {
		return true
	}
	return eventTableSQL.MatchString(collectionName(c.Call.Args[0]))
}

// collectionName: the name of the collection v holds — the constant of
// db.Collection("name"), else the field or global it was loaded from.
func collectionName(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.Call:
		if o := calleeObj(x.Common()); o != nil && o.Name() == "Collection" && len(x.Call.Args) >= 2 {
			if s, ok := constStr(x.Call.Args[1]); ok {
				return s
			}
		}
	case *ssa.UnOp:
		switch a := x.X.(type) {
		case *ssa.FieldAddr:
			if f := fieldAt(a.X.Type(), a.Field); f != nil {
				return f.Name()
			}
		case *ssa.Global:
			return a.Name()
		}
	case *ssa.Field:
		if f := fieldAt(x.X.Type(), x.Field); f != nil {
			return f.Name()
		}
	}
	return ""
}

// mongoPkg: the mongo driver's package (v1 and v2).
func mongoPkg(p string) bool {
	return p == "go.mongodb.org/mongo-driver/mongo" || p == "go.mongodb.org/mongo-driver/v2/mongo"
}
