package handler

import "go/types"

// ---- c20: a message method of a queue port is judged by its implementation --
//
// mailCall takes a method for a message by its name (SendReceipt, Send on
// a Mailer). Called through an interface, the name is all a package sees;
// but when the interface itself is named as a hand-off to background work
// (TaskQueue, JobQueue, Outbox, Enqueuer, Workers) the two names
// disagree: SendReceipt on a TaskQueue most likely enqueues the receipt's
// task, which is exactly what webhookack and webhookdedupe recommend. The
// name then decides nothing: the call is no message by itself, and is
// judged by what an implementation does where one is in sight — in this
// package (ifacefx.go: its EffectFact and SlowFact) or in the package
// binding it to the handler's field (wire_bind.go), which reports an
// implementation sending SMTP mail at the binding. With no implementation
// anywhere in sight it stays silent.

// queuePortWords: words of an interface's own type name that say it
// hands work to a queue or a worker rather than sending it.
var queuePortWords = []string{"queue", "queues", "task", "tasks", "job", "jobs", "worker", "workers",
	"outbox", "enqueuer", "broker", "scheduler", "dispatcher"}

// queuePort: fn is a method of an interface type whose own name says
// queue (not its package's name: a package jobs holds mailers too).
func queuePort(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	return hasWord(sharedWords(n.Obj().Name()), queuePortWords...) != ""
}
