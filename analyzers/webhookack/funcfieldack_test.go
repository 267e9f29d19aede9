package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// FuncFieldAck: a webhook of one package calling a func-typed field of its
// receiver before it answers (h.OnPaid(ctx, id)), the field bound in the
// package that builds the handler — in a keyed literal or through the
// constructor's parameter — to a method value that PUTs to a REST API:
// reported at the binding. The same field bound to a method that only
// queues the work, and a handler calling the field in a goroutine: silent.
var _ = cases.Add(webhookack.Analyzer, "FuncFieldAck", "funcfieldack/hooks", "funcfieldack/web")
