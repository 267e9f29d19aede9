package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- b17: a message sender of the merchant's own is a message --------------
//
// A function named as sending a message (SendEmail, SendReceipt, Send on a
// Mailer: mailCall by its own name) whose body hands the message to the
// network through a transport the model does not know as mail (a plain
// HTTP POST to a mail API, a Google API client's call such as Gmail's
// Users.Messages.Send(...).Do()) sends a message on every call. Without
// this its summary found no effect, so a webhook calling it through an
// interface had the call cleared by the implementation (ifacefx.go
// cleared) and a mail sent after the guarded branch, on every delivery,
// went unreported. The outbound calls become the function's Mail effects,
// so the summary's guards still apply (a sender that checks a stored
// "receipt sent" flag first repeats nothing). A sender that only inserts
// into an outbox, or only logs, sends nothing itself and stays cleared.

// senderEffects are the outbound calls of fd, a function named as a
// message sender, as Mail effects; nil when fd is not one or sends nothing.
func (d *Dedupe) senderEffects(fd *ast.FuncDecl) []Effect {
	obj, _ := d.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if obj == nil || fd.Body == nil || !mailCall(obj) {
		return nil
	}
	if alertsOnly(d.pass, d.m.decls, obj, 0) {
		return nil // alertsender.go: the merchant's own operations channel, not a customer
	}
	var out []Effect
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if fn := d.m.calleeFunc(call); d.outbound(fn, 0) {
			out = append(out, Effect{Node: call, Kind: Mail, Desc: qual(fn)})
		}
		return true
	})
	return out
}

// outbound: fn sends a request out: an HTTP send, a Google API client
// call, or a function of this package (two levels deep) that does.
func (d *Dedupe) outbound(fn *types.Func, depth int) bool {
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	if httpSend(fn) || googleCall(fn) {
		return true
	}
	if depth >= 2 || fn.Pkg() != d.pass.Pkg {
		return false
	}
	fd := d.decls.Syntax(fn)
	if fd == nil || fd.Body == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = d.outbound(d.m.calleeFunc(call), depth+1)
		}
		return !found
	})
	return found
}

// googleCall: Do on a generated Google API client's call
// (google.golang.org/api/<service>/<version>: *UsersMessagesSendCall),
// which sends the request it was built with.
func googleCall(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Name() != "Do" || !strings.HasPrefix(fn.Pkg().Path(), "google.golang.org/api/") {
		return false
	}
	return strings.HasSuffix(recvName(fn), "Call")
}
