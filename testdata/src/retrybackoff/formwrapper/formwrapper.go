// Package formwrapper: a single-endpoint gateway (Alipay's open API) whose
// calls all go through one send(form) wrapper; the form's method field
// says what a call does, so a retried send of a trade form is a retried
// payment write, and a retried send of another API's form is not.
package formwrapper

import (
	"net/http"
	"net/url"
	"strings"
	"time"
)

type gateway struct {
	endpoint string
	hc       *http.Client
}

// send posts any form to the gateway: what it sends is its caller's.
func (g *gateway) send(form url.Values) (*http.Response, error) {
	return g.hc.Post(g.endpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// refundForm builds a refund with its own stable request number.
func refundForm(orderNo, refundNo string) url.Values {
	v := url.Values{}
	v.Set("method", "alipay.trade.refund")
	v.Set("out_trade_no", orderNo)
	v.Set("out_request_no", refundNo)
	return v
}

// A refund hammered every 250ms through the wrapper.
func (g *gateway) refundFast(orderNo, refundNo string) error {
	var err error
	for i := 0; i < 5; i++ {
		var resp *http.Response
		resp, err = g.send(refundForm(orderNo, refundNo)) // want `POST alipay.trade.refund is retried by a for loop \(line 36\) every 250ms, a fixed wait that does not grow`
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return err
}

// The same wrapper, backing off from 2s: silent.
func (g *gateway) refundPatient(orderNo, refundNo string) error {
	var err error
	wait := 2 * time.Second
	for i := 0; i < 4; i++ {
		var resp *http.Response
		resp, err = g.send(refundForm(orderNo, refundNo))
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return err
}

// Another API's form through the same kind of wrapper, polled fast: not
// a payment call, silent.
func (g *gateway) searchFast(text string) error {
	for i := 0; i < 5; i++ {
		resp, err := g.send(url.Values{"method": {"flickr.photos.search"}, "text": {text}})
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}
