// Package retrystatus defines the retrystatus analyzer.
package retrystatus

const doc = `retrystatus: retries of payment calls on answers that will never change

A payment call (a write or a read of a payment resource, an SDK call, or
a wrapper of one) may be retried when the answer can change: a network
error, 408, 425, 429 and 5xx. A 400 or 422 says the request is wrong, 404
that the id is wrong, 403 that the policy forbids it, 409 that the state
conflicts, 410 that the session is gone; a card decline stays declined.
Sending the same request again gets the same answer: the retries waste
the rate-limit budget, delay the real error, and a payment write retried
on 409 can race the state it conflicts with.

Flagged, at the retry condition, when a retry construct around a payment
call (a hand-written loop, an attempt written as a function literal
called in it included; an operation handed to cenkalti/backoff v4/v5,
avast/retry-go v4/v5 or sethvargo/go-retry; a RabbitMQ consumer that
hands the message back with requeue=true, d.Nack(false, true) or
d.Reject(true), where the outcome reaches it) sends a non-retryable
status round again:
  1. a condition that retries them: if resp.StatusCode != http.StatusOK
     { continue }, >= 400, != 201, resty's resp.IsError();
  2. a success check followed by a retry of everything else (if
     resp.StatusCode == 201 { return }, then the loop goes round), or a
     switch whose default branch retries;
  3. a library operation that returns a retryable error for every non-2xx
     status: cenkalti/backoff retries every error except
     backoff.Permanent(err), retry-go every error except
     retry.Unrecoverable(err) unless a RetryIf option decides;
  4. a go-retryablehttp CheckRetry or a resty AddRetryCondition (of the
     client that sends payment requests and retries) true for 4xx;
  5. stripe-go errors of type invalid_request_error, or card_error on a
     call that charges or authorises a card (a payment intent created,
     confirmed or captured, a charge, an invoice paid, a subscription
     created), retried (a *stripe.Error taken with errors.As or a type
     assertion);
  6. a payment write handed to a shared sender that sends again, in a
     loop of its own, the request its caller describes (a method and a
     URL, a request struct: Send(ctx, hc, Request{Method: "POST", URL:
     …/refunds})) on every answer of 400 or more or every non-2xx:
     reported at the sender's success condition when it is of the
     caller's package, else at the caller's call.

Silent: retries on network errors, 5xx, 408, 425 and 429; 409 when the
write carries a stable idempotency key (stripe-go and real gateways
answer 409 while the same key is still in progress); 401 retried after a
token refresh inside the loop; a status switch or check that returns on
4xx; a retry helper that takes the status out of the error it is handed
(errors.As(err, &se) && !transient(se.Code), a type switch or a type
assertion on the carrying type) and stops on 4xx; sethvargo/go-retry, which retries only errors marked with
RetryableError; conditions the model cannot read (a policy function, a
status kept elsewhere); retries of calls that are not payment calls;
loops that poll a payment until it is final (or until it appears after a
404): the poll rules own them; a blind retry of every stripe-go error
(no *stripe.Error is looked at); card_error retried on a refund, a
transfer or a payout, which Stripe never declines; a RabbitMQ consumer that requeues only
a lost answer, 429 and 5xx and dead-letters the rest (requeue=false).

Bad:

	for attempt := 0; attempt < 3; attempt++ {
		resp, err := client.Do(req)
		if err == nil && resp.StatusCode == http.StatusCreated {
			return resp, nil
		}
		time.Sleep(backoff(attempt)) // a 400, 404 or 422 goes round too
	}

Good:

	for attempt := 0; attempt < 3; attempt++ {
		resp, err := client.Do(req)
		switch {
		case err != nil, resp.StatusCode >= 500, resp.StatusCode == 429, resp.StatusCode == 408:
			time.Sleep(backoff(attempt)) // transient: retry
		case resp.StatusCode >= 400:
			return nil, apiError(resp) // fix the request, check the state, verify the id
		default:
			return resp, nil
		}
	}

Seeds:
  - KeyStone guide, "Retrying failed requests" section: network timeouts
    and 5xx are retried; "400/422 Validation - No - Fix the request",
    "409 Conflict - No - Check current state", "404 Not Found - No -
    Verify the resource ID", "401 Unauthorized - Refresh token first, then
    retry".
  - Hilt guide, "Common HTTP meanings" section: 400, 403, 404, 409, 410
    and 422 each need their own action (fix the request, check access,
    re-check the identifier, read current state, start a fresh session);
    408, 429 and 503 are "retry later".
  - Exirom guide, "Retry Strategy" section: customer, merchant and
    configuration decline codes are not retried; "Common Mistakes":
    "Retrying customer-action errors (3DS, funds) - Wastes API calls, same
    result".
  - Tally guide, "The failure surface" and "Handling policy violations"
    sections: a policy rejection (403) is not retried.`
