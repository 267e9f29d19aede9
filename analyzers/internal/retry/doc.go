// Package retry is paylint's shared model of retry constructs: the code
// that runs a call again after the call failed or returned an unwanted
// status.
//
// Rules require Analyzer and ask its *Result about one call at a time:
//
//	res := pass.ResultOf[retry.Analyzer].(*retry.Result)
//	for _, c := range res.Around(op.Call) { // innermost first
//		// c.Kind, c.Name / c.By() ("a for loop", "backoff.Retry"),
//		// c.Pos (for "(line N)"), c.Region (what runs again per attempt)
//	}
//
// The model is relative to the call: a loop repeats a call only when that
// call's outcome decides whether the loop goes round again. Recognised:
//
//   - Loop: hand-written attempt loops (counter loops, range over an
//     integer, for {…} with continue, for err != nil, flag loops, a range
//     over a list of delays, a range over a cenkalti/backoff Ticker) in
//     which the call's success leaves the loop (a return or break after
//     the call, unconditional or in a branch on its results that is not
//     the error branch) while a branch on its results (or on values
//     derived from them in the loop) continues or leaves, or in which the
//     loop's own condition tests the results; the call may sit in
//     an immediately-invoked closure in the loop, or in a closure variable
//     that the loop calls.
//   - Recursion: a function that calls itself after the call's error (in
//     the failure branch, or after an exit on success) with the same
//     arguments apart from integer attempt counters.
//   - Library: a closure, closure variable, or function or method of the
//     package handed as the operation to cenkalti/backoff (v1–v4 Retry,
//     RetryNotify, RetryWithData…, v5 Retry[T](ctx, op, opts...)),
//     avast/retry-go (v3/v4 Do, DoWithData; v5 New(…).Do,
//     NewWithData[T](…).Do), sethvargo/go-retry (Do, DoValue, Constant,
//     Exponential, Fibonacci).
//   - Helper: a closure (or a function of the package) handed to a
//     retry helper, generic or a method, of this package or of another:
//     a function that calls its func parameter again after its error in
//     one of the ways above. Run summarises every such helper into a
//     payment.HelperFact (its wait: a parameter, a constant, growing, a
//     library's policy; its bound: ctx, attempts, deadline; whether a
//     true result stops it, as for poll helpers), exported as a fact;
//     Helper(fn) returns it, Construct.Summary carries it, and WaitAt and
//     BoundedAt read it at one call. The poll model uses the same
//     summaries for poll helpers (pollx.Until(ctx, d, func() (bool,
//     error) {…})). No summaries for the standard library.
//   - Rows: retries through persisted state (rows.go): a worker whose
//     pass loop (for {…}, for cond {…} without counter or iterator, a
//     range over a ticker's channel; around the rows' function or around
//     a call of it in this package; or a robfig/cron AddFunc/AddJob
//     schedule that runs the rows' function, cron.go) runs a query
//     filtered by a pending-like status (pending, queued, created,
//     processing… in the
//     SQL text, GORM Where("status = ?", "pending") or a struct filter,
//     the body of a query function of the package, or a name such as
//     ListPending) and ranges over the rows it returns (or for
//     rows.Next()) with the call inside: a failure leaves the row
//     pending and the next pass repeats the call. Region is the pass (a
//     key made in it is made per pass; one read from the row is not);
//     Node and Pos are the pass loop. Not Rows: a query that pages (its
//     arguments change inside the pass), a status that is not pending,
//     one pass with no loop around it, and a loop that gives the row a
//     status the query does not select before the call (a claim:
//     processing) or in the call's error branch (failed, dead, or a
//     call named markX / …Failed / ClaimX).
//   - Job: a task handler of a job queue that delivers the task again
//     when the handler returns an error (jobs.go): asynq handlers
//     (func(context.Context, *asynq.Task) error) unless the task is
//     enqueued with MaxRetry(0) in the package, machinery task funcs
//     whose signature has RetryCount > 0 or that return
//     NewErrRetryTaskLater; also a handler handed to a hand-written
//     queue of any package (storedruns.go, jobqueue.go: a function that
//     stores its func parameter in a field whose function a runner of its
//     package calls and, on its error, writes the job back to run again —
//     a SQL UPDATE with a later run_at or a queued status —, a
//     RunsParamFact); only when the call's failure makes the
//     handler return an error other than asynq.SkipRetry. Region is the
//     handler's body (a key made there is made per delivery). Also a
//     message broker's consumer (redeliver.go; brokers as data: RabbitMQ's
//     amqp091-go and streadway/amqp) that hands the message back with
//     requeue=true (d.Nack(false, true), d.Reject(true), ch.Nack(tag,
//     false, true)) on a branch where the call failed; Redelivery says
//     so, with the requeue calls and whether the broker redelivers at
//     once with nothing waiting before. Region is the range loop's body
//     or the handler's; Node and Pos the first requeue.
//   - Resend: a call of a sender (of this package or another) that is
//     handed a description of the request (a method and a URL, a
//     Request{Method, URL, Body, Headers}, a prepared request) and sends
//     it again in a loop of its own after a failed send (resend.go,
//     ResendFact): the call is retried by its callee. Region is nil (the
//     caller's arguments, key included, are evaluated once; KeyOf reads
//     Construct.Attempts, which also says whether the sender draws a key
//     of its own per send); Summary is the sender's wait and bound. Not
//     for a sender whose send is judged where it is written (a dispatcher
//     of this package, payment.Info.Dispatched), nor for a call capping
//     its attempts at one.
//   - Client: a client that retries on its own; found by the payment model
//     (payment.Op.ClientRetries), turned into a Construct with NewClient.
//
// Not retries (precision first: when unsure, not a retry): a range over a
// slice, map, channel or iterator whose variables feed the call (a
// different item each iteration); a counter loop that indexes by the
// counter (orders[i]) or whose condition steps through items (len(…),
// rows.Next()); a loop whose call works on a value received per iteration
// (<-ch, q.Receive(), it.Next()) or stepped from its own previous value
// (s = s[i:], n = n.next); a loop whose body always leaves; a loop
// where only the error leaves and success goes round (a batch); a loop
// that goes round after success too (a periodic job, "do it n times",
// leaving only on cancellation or exhaustion); a call
// whose outcome the loop never tests; a closure run by go or defer; a
// recursive walk over different items. Poll loops repeat a read after its
// status: the model reports them like any loop, and rules that care
// about writes ask only about writes.
//
// Around does not chase calls of the enclosing function from elsewhere: a
// call of a function that wraps the operation is an operation of its own
// in the payment model (through facts, across packages), and rules ask
// about that call separately.
package retry
