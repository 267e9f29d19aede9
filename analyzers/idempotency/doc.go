// Package idempotency defines the idempotency analyzer.
package idempotency

const doc = `idempotency: retried payment writes without one stable idempotency key

A payment write (POST/PATCH of a payment resource, an SDK create, confirm,
capture, refund or payout) that is sent again by a retry must carry the same
idempotency key on every attempt. When the first attempt succeeded but its
response was lost (timeout, reset connection, 5xx from a proxy), a retry
without a key, or with a new key, is a new request to the provider: the
customer is charged twice, a payout or transfer goes out twice.

Flagged, at the write (or at the call of a function that performs it, in any
package) inside the retry:
  1. the write is retried with no key: inside a loop that runs it again after
     an error or a status, an immediately-invoked closure in such a loop,
     recursion, a function handed to a retry library (cenkalti/backoff v4/v5,
     avast/retry-go v4/v5, sethvargo/go-retry), a retry helper (also one
     handing such a library a closure around its callback),
     or sent by a client that retries on its own (go-retryablehttp, resty
     with SetRetryCount(n > 0)), or handed to a sender of any package that
     sends the request it is handed again after a failure
     (transport.Send(ctx, hc, transport.Request{Method: "POST", URL:
     base + "/v1/payouts", Body: b}) with a resend loop of its own: the key
     must be in the request, a header of its Headers or the provider's
     dedupe field of its body), or whose failure hands a RabbitMQ message
     back to be delivered again (amqp091-go or streadway/amqp:
     d.Nack(multiple, true), d.Reject(true), or the channel's Nack/Reject
     by tag with requeue=true; the key must come from the message), or
     registered with a job queue that runs a failed job again (asynq,
     machinery, or a hand-written queue of any package whose runner calls
     the handler registered for the job — q.Register(kind, h) filling a
     map, a constructor's func field — and on its error writes the job
     back to run again: attempts + 1 with a later run_at, or its status
     back to queued; the key must come from the job's payload);
  2. the key is made anew on every attempt: uuid/ulid/ksuid/xid, crypto or
     math rand, time.Now, stripe.NewIdempotencyKey (or the attempt counter)
     inside the repeated region, inside the function called, inside the
     loop of a sender that sends the request again (a new key per send), or
     inside a helper of any package that builds the request (body, form,
     struct; c.B2C(ctx, c.NewB2C(...)) with a fresh OriginatorConversationID,
     MTN MoMo's X-Reference-Id header, which is that API's key) called on
     every attempt, even when the key also holds the order id
     (o.No + "-" + time.Now().Format(...)), or that draws a new key when
     the caller's request leaves its key field empty (key :=
     p.IdempotencyKey; if key == "" { key = uuid.NewString() }) and the
     retried request does leave it empty; also a payment made again on
     every pass of a loop after a function that waits for it gives up
     while it may still be pending, with a new key on each pass; and an
     on-chain broadcast (go-ethereum SendTransaction) whose transaction is
     signed with a nonce read again (PendingNonceAt, NonceAt) on every
     attempt: the nonce is the transfer's key;
  3. the stripe-go trap: stripe-go adds a new random key to each call when
     params.IdempotencyKey is unset, so an application retry around
     paymentintent.New / sc.V1PaymentIntents.Create without SetIdempotencyKey
     sends a different key on every attempt; the same for the other SDKs
     that draw their own key (gocardless-pro-go, the official Mollie SDK,
     mercadopago sdk-go), also through a wrapper that hands its caller's
     variadic request options on (Collect(ctx, fee, opts...)) called with
     none that attaches a key;
  4. a worker's pass over pending rows (a loop that re-selects them, a
     robfig/cron schedule, also an exported pass of another package that a
     schedule here runs — handed over, called by a closure, or from a table
     of jobs the closure runs —, or that is handed here to a function of
     another package storing it where its schedule runs it on every tick
     (a scheduler option WithPayoutRun(country, run) filling a map that a
     cron job ranges over, a ticker loop's Add): reported at that
     reference; the row loop
     also a helper that calls the closure it is handed once per row of a
     store read, the pending status also a constant handed to the query's
     status = $1 placeholder, through the helper's parameter) that writes
     each row with no key or a key made per pass, when a failed write leaves
     the row pending: no claim before the write and no failure mark on
     every failure (a failure branch that moves on to the next row before
     its mark, as a skipped network error does, leaves those pending).

Silent: a key made once before retrying (random or derived from the order)
and set on every attempt; the same *http.Request re-sent; a key computed
inside the loop only from values that do not change ("pi-" + orderID); a
wrapper handed a stable key; body-level keys (idempotency_key, requestId)
that stay the same; retries of reads; retries of non-payment writes; a
single write that is never retried; stripe-go's own MaxNetworkRetries; a
loop over different orders writing each once; a key made lazily on the
first attempt (if key == "" { key = uuid.NewString() }); a request built
once before the retry; a helper that makes a key only when the caller's is
empty, when the caller's request sets it (once, or from values that do not
change) or may set it (a helper fills it), or when the helper writes the
key it draws back into the caller's *Request; a sender that sends the
request again handed one whose Headers carry a key from the payment's id
or drawn once by the caller, or that draws its own key once before its
loop, or called with its attempts capped at one (c.call(…, 1)); a signed transaction re-sent, or re-signed with the nonce read once
(a fee bump that replaces it); an SDK write whose
error leaves the loop, repeated only after a definitive answer (a clean new
checkout after a declined payment) — also our own wrapper that errs on every
4xx/5xx, unless the wait before the next pass can give up while the payment
is pending; POSTs that only read or annotate a
payment (/v1/payments/search, /v1/payments/{id}/notes, dispute evidence)
or index it in a search engine (/payments/_doc); POSTs that relay a
payment event to another service (/webhooks/payments, /v1/events/payments);
provider-specific key names (PayPal-Request-Id, Cko-Idempotency-Key, any
header or field named for idempotency); a header named for the request's
own reference (X-Request-Reference, X-Request-Id, X-Correlation-Id,
X-Client-Reference) carrying a value that stays the same on every attempt
(the caller's reference, or one made once before the loop) — not the
client's configuration, a constant, a context's trace id or a value made
per attempt; a body field or header of a provider's own naming whose
words say uid, ref, txn, dedupe, end-to-end id or (for a header) trace
(partner_txn_uid, X-Remit-Trace, X-End-To-End-Id) when its value is the operation's own and the same on every
attempt: an identifier made once from the operation's id ("rf-" + chargeID)
or the caller's reference (in.Ref) — not a uuid, a timestamp or the
attempt number made per attempt, an id the write only names, a context's
trace id or the caller's TraceID; a retryablehttp client with RetryMax = 0;
a task handler whose every task is made or enqueued with asynq.MaxRetry(0)
(the queue never runs it again); a hand-written queue that marks a failed
job dead or failed for good, and a handler that only logs a failed write
and returns nil; a pass handed to a hook that runs it once; a failed message dead-lettered or dropped
(requeue=false), acknowledged, requeued by a flag computed at run time
(!d.Redelivered), or consumed with autoAck.

Bad:

	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", api+"/v1/payments", body(o))
		req.Header.Set("Idempotency-Key", uuid.NewString()) // new key per attempt
		if resp, err := client.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}

Good:

	key := "pay-" + o.ID // or uuid.NewString(), made once
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, "POST", api+"/v1/payments", body(o))
		req.Header.Set("Idempotency-Key", key)
		if resp, err := client.Do(req); err == nil && resp.StatusCode < 500 {
			return nil
		}
	}

With stripe-go, call params.SetIdempotencyKey(key) with a key made once
before the retry loop.

Providers: stripe-go v72 to v82 (New, Confirm, Capture and Pay of payment
intents, charges, refunds, payouts, transfers, checkout sessions and
invoices, as package functions, on client.API and on stripe.Client's V1
services); gocardless-pro-go v2 (WithIdempotencyKey), adyen-go-api-library
v21 (the input's IdempotencyKey, common.WithIdempotencyKey; payments,
details, sessions, captures, refunds, payment links), square-go-sdk
(the request's IdempotencyKey), the official Mollie SDK and checkout-sdk-go
v2 (the idempotencyKey argument), plutov/paypal v4 (the PayPal-Request-Id
variants), xendit-go v6 and v7 (IdempotencyKey on the builder of a
payment request or a payout; invoices take no key) and v1
(disbursement.CreateParams' IdempotencyKey), midtrans-go (the
order id), smartwalle/alipay v3 (the merchant's own number Alipay answers
a repeat of as the same business: TradePay's OutTradeNo, TradeRefund's
OutRequestNo (without one, the trade's own number),
FundTransUniTransfer's OutBizNo), wechatpay-go (refunddomestic
Create's OutRefundNo), mercadopago sdk-go v1.14.0 (a context made by
requestoptions.WithIdempotencyKey); SDKs that add a new random key to
each call when none is set (stripe-go, gocardless-pro-go, official
Mollie, mercadopago sdk-go) are reported as such; SDKs with no key at all
(braintree-go, razorpay-go, mercadopago sdk-go before v1.14.0) are
reported unless the retry reads the payment's state first; the community Mollie SDK (mollie-api-go v4) adds a new key
per call when its Config enables idempotency and none otherwise; a
Midtrans client-wide key (Options.SetPaymentIdempotencyKey) set once and
used for several orders is reported. REST calls of any provider through net/http,
go-resty/resty v2 and hashicorp/go-retryablehttp; the retry libraries
cenkalti/backoff v4/v5, avast/retry-go v4/v5 and sethvargo/go-retry; other
SDKs through functions of kind write or create in .paylint.yml. An SDK
function held in an unexported func-typed field that the package sets only
to it (w.send = transfer.New in the constructor) is that SDK call.

Seeds (numbered as in the README's rule table):
  - 001 Tally guide, "Idempotency is the retry primitive" section: "Never
    retry a write without an idempotency_key. A retry without one can
    produce a duplicate on-chain transfer if the original succeeded but
    the response was lost."
  - 002 Exirom guide, "Retry with Idempotency" section: "Always use the
    same requestId when retrying a failed payment"; "Common Mistakes"
    section: "Using a new requestId on retry" -> "Customer charged
    multiple times".
  - 003 KeyStone guide, "Idempotency" section: creation is idempotent via
    idempotency_key, "safe to retry on network errors"; "Retrying failed
    requests" section: on a network timeout, "Retry with same idempotency
    key".
  - 000 Hilt guide, "Routes that deserve more care" section: for POST
    /v1/pay/confirm and POST/PATCH /v1/products, "keep your own request
    correlation and read the current Hilt state before replaying the
    action".`
