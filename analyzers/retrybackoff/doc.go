// Package retrybackoff defines the retrybackoff analyzer.
package retrybackoff

const doc = `retrybackoff: payment calls retried with no backoff, too fast, or forever

A payment call (a write or a status read: POST/GET of a payment resource,
an SDK create/confirm/get, or a wrapper of one) that is retried must wait
between attempts, and the wait must grow: a provider that answers 5xx or
429 is overloaded or rate-limiting, and a client that retries at once, or
every 100ms, keeps it down, burns the account's rate-limit budget and gets
throttled. A retry that never gives up keeps calling a provider that is
down for as long as the process lives.

Flagged, at the payment call, with the retry's line:
  1. a hand-written retry loop with no wait between attempts (no sleep,
     timer, ticker or backoff, and nothing else that may block; building
     the next attempt's request does not wait), also the loop of a sender
     of any package that is handed the request (a method and a URL, a
     Request{Method, URL, Body, Headers}) and sends it again: reported at
     the call that hands it the payment call;
  2. a hand-written retry loop with no attempt cap and no deadline (no
     counter, context, deadline or timeout ends it while the provider
     keeps failing);
  3. a fixed wait shorter than 1s (-retrybackoff.min) that does not grow,
     in a loop (also such a sender's) or configured on a retry library:
     backoff.NewConstantBackOff(100*time.Millisecond) or a ZeroBackOff
     (cenkalti/backoff v4/v5), retry.Delay(0) or
     retry.DelayType(retry.FixedDelay) with a sub-second delay (avast/
     retry-go v4/v5; its default delay is 100ms), retry.Constant(ctx,
     100*time.Millisecond, f) or retry.NewConstant(d) (sethvargo/go-retry);
  4. a payment call whose failure hands a RabbitMQ message back with
     requeue=true (amqp091-go or streadway/amqp: d.Nack(false, true),
     d.Reject(true)) with nothing waiting before it: the broker delivers it
     again at once, a hot loop with no attempt cap; also when the consumer
     retried the call itself first (a retry helper with an attempt cap, a
     counted loop) and requeues once those attempts give up: they start
     over at once, with no cap on the deliveries (reported at the
     requeue).

Silent: the libraries' defaults (cenkalti's ExponentialBackOff, retry-go's
BackOffDelay, sethvargo's Exponential and Fibonacci all back off
exponentially); waits that grow (d *= 2, time.Duration(1<<attempt) *
time.Second); waits not known statically (configuration, parameters,
fields, helpers that may block); capped loops that wait 1s or more; loops
that poll a payment's status until it is final (pollinterval and
pollbound own them); retries of calls that are not payment calls;
retry helpers, senders and recursion whose wait is not known, and
self-retrying clients (their waits live elsewhere); a RabbitMQ consumer that waits before requeuing, dead-letters
(requeue=false), republishes to a delayed exchange (an x-delay header)
and acks, requeues only when retries bounded by its context alone end,
or consumes with autoAck; _test.go files, which retry fakes quickly on purpose.

Bad:

	for {
		resp, err := client.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(100 * time.Millisecond) // fixed, fast, and forever
	}

Good:

	wait := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := client.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		time.Sleep(wait)
		wait *= 2 // 2s, 4s, 8s
	}

Or hand the call to backoff.Retry with backoff.NewExponentialBackOff()
wrapped in backoff.WithMaxRetries.

Seeds:
  - Exirom guide, "Retry Strategy" section, "When to Retry": transient
    declines are retried at most 3 times with exponential backoff "2s, 4s,
    8s", gateway declines with "5s, 15s, 30s".
  - KeyStone guide, "Retrying failed requests" section: "5xx server error
    - Yes - Exponential backoff".
  - Hilt guide, "Common HTTP meanings" section: 429 "Back off and retry
    more slowly"; "Timeout and backoff guidance" section: "Use calmer
    retry behavior as a payment ages", "without turning your backend into
    a busy loop".`
