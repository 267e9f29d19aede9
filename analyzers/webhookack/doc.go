// Package webhookack defines the webhookack analyzer.
package webhookack

const doc = `webhookack: payment webhooks that do slow work before answering 2xx

A provider waits a few seconds for a webhook's 2xx. A handler that calls
an external API, mails the customer, sleeps or retries before answering
risks the timeout; the provider then counts the delivery as failed and
sends it again, so the work is repeated and the endpoint may be disabled.

Webhook handlers are those webhookverify judges, of a payment provider
(see webhookdedupe).

Flagged, once per handler, at the first slow call made before it answers
on a path that handles the payment (a slow call in a branch that refuses
the delivery and returns without touching payment state, such as an
alert on a bad signature, is the one reported only when no other is; a
handler dispatching on what the delivery carries, such as a bot's chat
commands beside its payments, is judged on the branch that handles the
payment, and a slow call in a branch whose other branches hold all of the
payment's work is not reported):
  - outbound HTTP: (*http.Client).Do / Get / Post, http.Get / Post,
    resty, go-retryablehttp, and provider SDK calls that write or fetch
    (any stripe-go call handed request parameters, such as a
    subscription's metadata update, is a write);
  - mail, SMS or notifications (net/smtp.SendMail, SendReceipt, Send on
    a mailer or SMS client);
  - time.Sleep, a retry library (backoff.Retry, retry.Do), and so a poll
    or retry loop;
  - waiting for work started in a goroutine (WaitGroup.Wait, errgroup's
    Wait, a channel receive);
  - a call of a function, in this package or another, that does any of
    these (seen through its summary), a call through an interface held
    in a field of the handler's receiver whose every binding (by the
    type's own constructor, or where it is mounted) is a type whose
    method does any of them (a constructor returning the interface
    tells the type it builds), and a function literal run in line
    by a database transaction (gorm's db.Transaction, or the app's own
    runner that calls it) doing any of them.
In net/http the status is not sent when WriteHeader is called: it is
buffered until the handler returns or the response is flushed. A bare
w.WriteHeader(200) followed by slow work is reported, with a message
that says so. gin, echo and fiber also answer on return.

Silent: work in a goroutine, a function literal handed to a queue or job,
an outbox or a queue (enqueueing is a local write); the answer flushed
first (w.(http.Flusher).Flush(), http.NewResponseController(w).Flush())
after writing the status; verification (a verifier the model knows, or
a function named verify... / CheckSignature that returns an error or a
bool, even a remote one such as PayPal's), parsing and local database
writes; a handler that answers 5xx on failure so the provider retries;
one payment status read from the provider, the webhook verified by
fetching its own payment back (removing it would break the verification
webhookverify asks for), made directly or through a port bound in main,
an OAuth token fetch that serves it included; any further provider call
is reported. The app's own database reached over HTTP (PostgREST,
Supabase: a hand-written rest/v1/ request, or postgrest-go's builders and
supabase-go's From and Rpc) is a database query or write, not an
outbound call. Handlers routed by
a hand-written router (an if-chain or switch on r.URL.Path and r.Method
handing the writer and request on, through wrappers of the app's own
handler type) are judged like net/http handlers on that path.

Bad:

	func (h *Hooks) paid(w http.ResponseWriter, r *http.Request) {
		evt := verify(r)
		h.shipping.CreateLabel(evt.OrderID) // POST to the shipping API
		w.WriteHeader(http.StatusOK)
	}

Good:

	func (h *Hooks) paid(w http.ResponseWriter, r *http.Request) {
		evt := verify(r)
		h.jobs.Enqueue(evt.ID) // a local write; a worker calls the shipping API
		w.WriteHeader(http.StatusOK)
	}

Seeds:
  - Exirom guide, "Common Mistakes" section: "Processing webhook before
    responding 200" -> "Timeouts cause duplicate deliveries" -> "Respond
    200 first, process async".
  - KeyStone guide, "Webhook error handling" section: a non-2xx answer
    makes KeyStone retry "with exponential backoff"; "you may receive
    the same event more than once."
`
