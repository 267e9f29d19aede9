// Package formgateway: a single-endpoint gateway (Alipay's open API):
// every call is a form POST to one URL and the form's method field says
// what it does. A retried trade write needs the same out_trade_no (or
// out_request_no) on every attempt; a status query or another API's
// form POST is not a payment write.
package formgateway

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"
)

type gw struct {
	endpoint string
	hc       *http.Client
}

// --- flagged ---

// The trade number is stamped per attempt: every retry is a new trade.
func (g *gw) barcodePay(orderNo, authCode string) error {
	for i := 0; i < 3; i++ {
		form := url.Values{
			"method":       {"alipay.trade.pay"},
			"auth_code":    {authCode},
			"out_trade_no": {fmt.Sprintf("%s-%d", orderNo, time.Now().UnixNano())},
		}
		resp, err := g.hc.PostForm(g.endpoint, form) // want `POST alipay.trade.pay is retried by a for loop \(line 27\) with an idempotency key made anew on every attempt`
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("pay %s: gave up", orderNo)
}

// A trade whose out_trade_no is a new uuid on every attempt.
func (g *gw) createTrade(buyer string, cents int64) error {
	var err error
	for try := 0; try < 4; try++ {
		v := url.Values{}
		v.Set("method", "alipay.trade.create")
		v.Set("out_trade_no", uuid.NewString())
		v.Set("buyer_id", buyer)
		var resp *http.Response
		resp, err = g.hc.Post(g.endpoint, "application/x-www-form-urlencoded", strings.NewReader(v.Encode())) // want `POST alipay.trade.create is retried by a for loop \(line 46\) with an idempotency key made anew on every attempt`
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Duration(try+1) * time.Second)
	}
	return err
}

// --- silent ---

// The order number is the trade number: the same on every attempt.
func (g *gw) barcodePayStable(orderNo, authCode string) error {
	form := url.Values{}
	form.Set("method", "alipay.trade.pay")
	form.Set("out_trade_no", orderNo)
	form.Set("auth_code", authCode)
	for i := 0; i < 3; i++ {
		resp, err := g.hc.PostForm(g.endpoint, form)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("pay %s: gave up", orderNo)
}

// A status query is no write, whatever its trade number.
func (g *gw) query(orderNo string) error {
	for i := 0; i < 3; i++ {
		form := url.Values{"method": {"alipay.trade.query"}, "out_trade_no": {orderNo + uuid.NewString()}}
		resp, err := g.hc.PostForm(g.endpoint, form)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil
}

// Another API's form POST with a method field: not a payment.
func (g *gw) searchPhotos(text string) error {
	for i := 0; i < 3; i++ {
		form := url.Values{"method": {"flickr.photos.search"}, "text": {text}, "nonce": {uuid.NewString()}}
		resp, err := g.hc.PostForm("https://api.flickr.com/services/rest", form)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return nil
}

// --- through a send(form) wrapper and a form-building helper ---

// send posts any form to the gateway: what it sends is its caller's.
func (g *gw) send(form url.Values) (*http.Response, error) {
	return g.hc.Post(g.endpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// refundForm builds a refund whose request number is the refund's own.
func refundForm(orderNo, refundNo string) url.Values {
	v := url.Values{}
	v.Set("method", "alipay.trade.refund")
	v.Set("out_trade_no", orderNo)
	v.Set("out_request_no", refundNo)
	return v
}

// The helper gives the refund its stable request number: silent.
func (g *gw) refundStable(orderNo, refundNo string) error {
	for i := 0; i < 3; i++ {
		resp, err := g.send(refundForm(orderNo, refundNo))
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("refund %s: gave up", refundNo)
}

// (Not yet seen: a form with a request number made per attempt, built by
// the caller and sent through send: the key's freshness is not followed
// into a wrapper's body parameter.)

// The wrapper sending a non-payment form: silent.
func (g *gw) searchViaWrapper(text string) error {
	for i := 0; i < 3; i++ {
		resp, err := g.send(url.Values{"method": {"flickr.photos.search"}, "text": {text}})
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(time.Second)
	}
	return nil
}
