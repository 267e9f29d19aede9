// Package pollcreate defines the pollcreate analyzer.
package pollcreate

const doc = `pollcreate: a new payment created inside the loop that polls a payment's status

While a payment is still PENDING the right move is to keep reading the same
payment id until it reaches a terminal state. Creating a second payment
because confirmation is still catching up (in the loop, or in its timeout
branch) charges the buyer twice when both payments settle.

The rule reports a payment creation (POST to a payment collection, an SDK
New/Create, or a wrapper of one, across packages) inside a poll loop or in
its timeout branch, unless the creation is reached only after the loop saw a
terminal failed, expired or canceled state (a comparison or switch case on
the status with such a value).

It stays silent on a payment created once and then polled by its id, on a
creation after the loop ends, on a creation guarded by a terminal
FAILED/expired check, on refunds, payouts and transfers created in the loop
(refunding a stuck payment, paying the seller out once it succeeded), and
on a loop of checkout attempts that waits for each payment through a
function polling it until it is final (pi := create(); await(pi.ID)).

Bad:

	for {
		p, _ := hilt.GetPayment(ctx, id)
		if p.Status == "CONFIRMED" {
			return p, nil
		}
		if time.Since(start) > time.Minute {
			p, _ = hilt.CreatePayment(ctx, order) // a second live payment
			id = p.ID
		}
		time.Sleep(3 * time.Second)
	}

Good:

	for {
		p, _ := hilt.GetPayment(ctx, id)
		switch p.Status {
		case "CONFIRMED":
			return p, nil
		case "FAILED":
			return hilt.CreatePayment(ctx, order) // a clean new checkout
		}
		time.Sleep(3 * time.Second)
	}

Seed: Hilt guide (000_d00e78e9325e7a8a.txt), good polling pattern: "keep the
same payment_id. Do not create a second payment just because confirmation is
still catching up"; duplicate payment attempts: if the payment is terminal and
failed, start a clean new checkout.`
