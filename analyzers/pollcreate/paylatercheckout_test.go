package pollcreate

// PayLaterCheckout: a hand-written buy-now-pay-later client sends its
// checkout once on the plain *http.Client its retrying client wraps
// (hc.HTTPClient.Do(req.Request): the request the retryablehttp request
// embeds), with an amount object that carries its own currency next to
// the merchant's reference: a payment created. A new checkout for the same
// booking issued while the loop still polls the first token (when it has
// waited four minutes, every twenty reads) is reported. Silent: a new
// checkout only once the first is read EXPIRED or DECLINED, one made
// after the first is voided, the same link sent again, and a points
// redemption (an amount object with no currency) made while polling.
var _ = cases.Add(Analyzer, "PayLaterCheckout", "pollcreate/paylatercheckout/...")
