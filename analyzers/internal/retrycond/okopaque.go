package retrycond

// A test the walk cannot read (if err := json.Unmarshal(data, &t); err !=
// nil { return nil, err }) reached only by answers that succeeded (2xx)
// decides what happens to a success: it returns it, or sends it round.
// Neither changes which failures go round again, and a retried success is
// never reported (httpVerdict reads 4xx only), so the walk carries the
// successes past the test instead of giving up on the whole construct:
// a loop whose only exit is a 200 that it then decodes still has its
// 400/409/422 judged. Only the HTTP world (the stripe and error-list
// worlds' outcomes are errors, not statuses) and only with no effect to
// judge on the way (rows.go reads each statement a failure passes).
func (k *walker) successOnly(alive set) bool {
	w := k.w
	if alive == 0 || k.effect != nil || w.stripeWorld() || w.errListWorld() {
		return false
	}
	for i, o := range w.outcomes {
		if alive.has(i) && (o.status < 200 || o.status >= 300 || o.stripe != "" || o.transport || o.apiErr != "") {
			return false
		}
	}
	return true
}
