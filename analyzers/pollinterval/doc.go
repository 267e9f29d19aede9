// Package pollinterval defines the pollinterval analyzer.
package pollinterval

const doc = `pollinterval: payment status polled faster than every 2 seconds, or in a busy loop

A loop that reads the status of the same payment again and again (a
Get/Retrieve, GET /v1/payments/{id}, or a wrapper of one) must wait between
reads. Providers rate-limit status reads: polling faster than they allow burns
the rate-limit budget that checkouts need, and a loop with no wait at all
turns the backend into a busy loop.

The rule reports a poll loop whose wait between reads is a fixed duration
known at compile time to be under the minimum (2s; -pollinterval.min or
poll-interval-min in .paylint.yml): time.Sleep, time.NewTicker, time.Tick,
time.After in a select, (*time.Ticker).Reset, a backoff.ConstantBackOff
(backoff.ZeroBackOff and retry-go Delay(0) poll with no wait).
Constants are folded across packages and through time.Duration arithmetic;
a local variable set once from a constant is followed. A poll helper that
sleeps a duration field of its receiver between calls of a callback field
(a Poller's Every) waits what the caller's literal stores there (left
out: no wait). A poll loop with no wait at all is reported at the status
read. When the duration is written in
the wait call itself, a suggested fix replaces it with the minimum.

It stays silent on intervals not known statically (configuration,
parameters, fields), on intervals that grow each round (multiplied or added
to, an exponential backoff) even if they start under the minimum, on short
sleeps between different payments of a batch (a range over orders), on
loops that poll something that is not a payment, and in _test.go files
(tests poll their own fakes quickly on purpose).

Bad:

	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(500 * time.Millisecond) // 2 reads a second
	}

Good:

	wait := 2 * time.Second
	for {
		...
		time.Sleep(wait)
		wait = min(wait*2, time.Minute) // and slow down while PENDING
	}

Providers: stripe-go v72 to v82 status reads (Get of a payment intent,
charge, checkout session..., Retrieve on stripe.Client's V1 services); the status reads of the provider SDKs paylint knows (gocardless-pro-go
Payments.Get, square-go-sdk Payments.Get / Orders.Get / Terminal.Checkouts.Get, official Mollie
Payments.Get, braintree-go Transaction Find, razorpay-go Payment.Fetch,
plutov/paypal GetOrder, mercadopago payment.Get, midtrans
CheckTransaction, checkout-sdk-go GetPaymentDetails, xendit-go
GetPaymentRequestByID / payout GetPayoutById, adyen GetPaymentLink,
smartwalle/alipay TradeQuery, wechatpay-go QueryOrderByOutTradeNo /
QueryOrderById); a GET
of one payment through net/http, go-resty/resty v2 or
hashicorp/go-retryablehttp, with any provider; waits written with the time
package or a cenkalti/backoff ConstantBackOff; other SDKs through functions
of kind status-read in .paylint.yml.

Seeds:
  - Tally guide, "Poll" section: "Don't poll faster than every 2 seconds —
    you'll burn rate-limit budget."
  - Hilt guide, "Good polling pattern" section: "poll quickly just after
    payment starts", "slow down once the payment is clearly in
    PENDING_CONFIRMATION"; "Timeout and backoff guidance" section: calmer
    retries as a payment ages, "without turning your backend into a busy
    loop".`
