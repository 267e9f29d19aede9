// Package statenotice tells other systems about an object's payment
// state: a property-management system's folio refunded, a ticketing
// system's booking paid. No money moves. Refunds of payments, refunds
// with a sum and bodies not seen stay payment writes.
package statenotice

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
)

type PMS struct {
	hc   *http.Client
	base string
}

type bookingState struct {
	BookingID string `json:"booking_id"`
	State     string `json:"state"`
}

func (c *PMS) notices(ref, id string) {
	body, _ := json.Marshal(map[string]string{"reservation": ref, "folio_status": "refunded"})
	c.hc.Post(c.base+"/folios/refund", "application/json", bytes.NewReader(body))

	b2, _ := json.Marshal(bookingState{BookingID: id, State: "paid"})
	c.hc.Post(c.base+"/api/bookings/"+id+"/payment", "application/json", bytes.NewReader(b2))

	form := url.Values{"ticket": {id}, "status": {"refunded"}}
	c.hc.PostForm(c.base+"/tickets/"+id+"/refunds", form)
}

func (c *PMS) writes(id, ref string, raw io.Reader) { // want `wrapper PMS.writes write\|create POST /payments/\{\}/refund idparam=0`
	b1, _ := json.Marshal(map[string]string{"reason": "requested_by_customer", "status": "requested"})
	c.hc.Post(c.base+"/payments/"+id+"/refund", "application/json", bytes.NewReader(b1)) // want `op write POST /payments/\{\}/refund id=id`

	c.hc.Post(c.base+"/pg/v1/refund", "application/json", strings.NewReader(`{"merchantTransactionId":"`+ref+`","amount":500}`)) // want `op write\|create POST /pg/v1/refund$`

	b3, _ := json.Marshal(map[string]any{"status": "requested"})
	c.hc.Post(c.base+"/v1/charges/"+id+"/refunds", "application/json", bytes.NewReader(b3)) // want `op write POST /v1/charges/\{\}/refunds id=id`

	b4, _ := json.Marshal(map[string]any{"booking_status": "refund_requested", "amount_minor": 1200})
	c.hc.Post(c.base+"/bookings/"+id+"/refund", "application/json", bytes.NewReader(b4)) // want `op write POST /bookings/\{\}/refund$`

	c.hc.Post(c.base+"/folios/refund", "application/json", raw) // want `op write\|create POST /folios/refund$`
}
