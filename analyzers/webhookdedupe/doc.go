// Package webhookdedupe defines the webhookdedupe analyzer.
package webhookdedupe

const doc = `webhookdedupe: payment webhooks that repeat an effect on every delivery

Providers deliver a webhook event more than once: after a timeout, a 5xx,
a lost acknowledgement, or simply by design. A handler that ships, grants,
credits, inserts a ledger row, mails the customer or refunds on every
delivery does it twice when the event comes twice.

Webhook handlers are those webhookverify judges (net/http, chi,
gorilla/mux, gin, echo, fiber; routes and names with webhook / hook /
notify / ipn / callback / events, a signature header read, a signature
verified), of a payment provider: they reach a payment operation, call a
provider SDK, or a route or name speaks of payments or a provider.

Flagged, at the effect, when no duplicate guard is on every path to it:
  - a fulfilment (fulfil / ship / grant / credit / deliver / provision a
    paid order, by name or marked //paylint:fulfillment);
  - a balance increment: o.Balance += n then saved, UPDATE ... SET
    balance = balance + $1, gorm.Expr("credits + ?", n);
  - stock taken away: UPDATE ... SET stock = stock - $1,
    gorm.Expr("seats_available - ?", n), p.Inventory -= n then saved
    (an event's AvailableTickets too: tickets are places to sell; a
    trip's avail or available on a table given by name, what is left
    of the row itself, not units of a pack such as rides_available);
  - a stored balance debited: gorm.Expr("balance - ?", amount) on a
    redeemed gift card, UPDATE wallets SET balance_cents =
    balance_cents - $1, w.Balance -= n then saved (the customer's
    stored value is spent again by a second delivery);
  - a subscription's end pushed forward by a period: s.EndsAt =
    s.EndsAt.AddDate(0, 1, 0) (or its Unix seconds plus days) then saved,
    gorm.Expr("term_end + ?"), SQL date arithmetic on the old end
    (DATE_ADD(valid_until, INTERVAL 1 YEAR), TIMESTAMPADD(DAY, ?, c),
    DATE_ADD(GREATEST(c, NOW()), …)), on a subscription, membership or
    plan;
  - an insert of a ledger, credit, subscription or paid payment row
    (INSERT INTO ledger_entries ..., GORM Create of such a row), or of
    money owed to someone (earnings, payouts, commissions, royalties);
    a write counts whichever method sends it: Exec, or QueryRow / Query /
    sqlx Get / pgx QueryRow / gorm Raw(...).Scan of an UPDATE, INSERT or
    DELETE ... RETURNING, with the SQL a constant, a local or a field;
  - mail, SMS or notifications (net/smtp.SendMail, SendReceipt,
    SendEmail, Send on a mailer, notifier or SMS client; also the
    merchant's own sender so named that posts it over HTTP or a Gmail
    client), including one after a guarded branch joins again;
  - a provider write (refund, capture, payout, a new charge, a
    subscription created, a Xendit invoice) with no idempotency key or
    with a new key per call; through an SDK that takes no key for it
    (braintree-go, mollie, mercadopago, gopay, xendit invoices) the
    message says so and asks to record the event first;
  - a customer message sent in line: mail, SMS, WhatsApp or Telegram
    over HTTP. A sender whose body only puts the message on a queue
    (amqp publish, asynq enqueue, kafka, nats, pubsub, SQS, a channel)
    and calls nothing outside is no message, whatever its name; nor is
    an alert to the merchant's own operations channel, whose recipient
    configuration fixes (a Telegram bot's configured chat id, a Slack
    channel, an alert address from the environment) and no
    parameter decides: a sender handed only text, whose URL and every
    recipient slot of its payload (chat_id, to, email, phone) hold
    configuration.
Effects inside a service method, in this package or another, are seen
through the method's summary: the method repeats an effect unless a guard
inside it protects it. A use case called through an interface
(h.svc.HandlePaymentSucceeded(ctx, id)) is judged by the implementations
the package can see: its own types, and a dependency's type it wires as
that interface, declared beside it or whose package imports the
interface's package (mocks and fakes excepted), in a handler and in a
service's summary alike (handler -> service interface -> another service).
When every one repeats an effect, the call repeats it; when every one repeats nothing, a name that
says fulfil is not taken for one; an implementation it cannot see keeps
the call silent.

Silent: an effect behind a duplicate guard (on every path to it):
  - the event id (or the provider's transaction id and status) checked
    against a store: a call named seen / processed / duplicate / already /
    idempotent / claim / exists / RecordEvent ..., a map or sync.Map of
    seen ids, Redis SetNX, SQL on an events or webhooks table, whose
    result is checked;
  - the event recorded by a unique insert whose result is checked
    (INSERT ... ON CONFLICT DO NOTHING and its rows affected, INSERT
    IGNORE, a GORM create of an event row and its error);
  - the effect's own row looked up by an id the delivery carries (the
    event's, the payment's or the checkout session's) through a lookup
    answering (*Row, error), the effect made only when it is nil
    (if t == nil { credit }, or leaving when it is found);
  - a GORM create (gorm.io/gorm, or v1's github.com/jinzhu/gorm) whose
    model gives its unique column (a uniqueIndex, unique or primaryKey
    tag; v1's unique_index or primary_key) the delivery's id (StripeID: pi.ID, a
    constant prefix and the session id): the insert itself adds no row
    on a repeat, and its failure, when it stops the handler, guards what
    follows (an ignored failure guards nothing; a unique column given a
    uuid or a time made per call keys nothing);
  - a state guard on a stored order: if o.Status == StatusPaid { return },
    if o.TradeStatus != StatusWaitBuyerPay { ack; return } (a state a
    provider table declares before payment — Alipay's WAIT_BUYER_PAY,
    WeChat Pay's NOTPAY — leads away from the effect; the test reads the
    row as stored even when the handler copies the posted status onto it
    afterwards), o.Fulfilled, a compare-and-set UPDATE ... WHERE status = 'pending'
    with its rows affected checked, a transition that returns an error on
    a repeat. (The event's own status, the payment fetched back from the
    provider, or a state the handler stored itself and read back, say the
    same on every delivery: they are not guards; nor is the error alone
    of a compare-and-set that answers a repeat with (false, nil) or zero
    rows.)
Also silent: idempotent writes only (set status = paid, MarkPaid, an upsert
by id); a provider write with a stable idempotency key (derived from the
event, not made anew); work handed to a queue, outbox or job (the effect
is then not in the handler); effects or guards the model cannot classify;
a webhook signed only by a code host, CI or chat platform
(X-Hub-Signature-256, X-Gitlab-Token, X-Slack-Signature) whose only
payment words are the names of what it provisions.

Bad:

	func (h *Hooks) stripe(w http.ResponseWriter, r *http.Request) {
		event, err := webhook.ConstructEvent(body, sig, h.secret)
		if err != nil { ... }
		h.warehouse.ShipOrder(ctx, orderID) // shipped again on every delivery
		w.WriteHeader(http.StatusOK)
	}

Good:

	func (h *Hooks) stripe(w http.ResponseWriter, r *http.Request) {
		event, err := webhook.ConstructEvent(body, sig, h.secret)
		if err != nil { ... }
		if seen, err := h.events.AlreadyProcessed(ctx, event.ID); err != nil || seen {
			w.WriteHeader(http.StatusOK) // a repeat: acknowledge, do nothing
			return
		}
		h.warehouse.ShipOrder(ctx, orderID)
		w.WriteHeader(http.StatusOK)
	}

Seeds:
  - Exirom guide, "Common Mistakes" section: "Not deduplicating
    webhooks" -> "Orders processed twice, double fulfillment" ->
    "Deduplicate on transactionId + transactionStatus".
  - KeyStone guide, "Webhook error handling" section: "Always handle
    webhooks idempotently - you may receive the same event more than
    once."
`
