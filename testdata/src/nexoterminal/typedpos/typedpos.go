// Package typedpos sends typed nexo messages to a terminal's local
// endpoint: reversals and status reads through one resty client, built in
// one chain, that retries every answer resty calls an error.
package typedpos

import (
	"context"

	"github.com/go-resty/resty/v2"
)

// MessageHeader is the nexo header.
type MessageHeader struct {
	MessageClass    string `json:"MessageClass"`
	MessageCategory string `json:"MessageCategory"`
	MessageType     string `json:"MessageType"`
	ServiceID       string `json:"ServiceID"`
	SaleID          string `json:"SaleID"`
	POIID           string `json:"POIID"`
}

// MessageReference names an earlier message.
type MessageReference struct {
	MessageCategory string `json:"MessageCategory"`
	ServiceID       string `json:"ServiceID"`
}

// ReversalRequest refunds a payment.
type ReversalRequest struct {
	OriginalPOITransaction struct {
		POITransactionID struct {
			TransactionID string `json:"TransactionID"`
		} `json:"POITransactionID"`
	} `json:"OriginalPOITransaction"`
	ReversalReason string `json:"ReversalReason"`
}

// TransactionStatusRequest reads an earlier payment's outcome.
type TransactionStatusRequest struct {
	MessageReference *MessageReference `json:"MessageReference,omitempty"`
}

// DisplayRequest shows text on the terminal.
type DisplayRequest struct {
	Text string `json:"Text"`
}

// Request is every message a terminal takes; one is set per request.
type Request struct {
	MessageHeader            MessageHeader             `json:"MessageHeader"`
	ReversalRequest          *ReversalRequest          `json:"ReversalRequest,omitempty"`
	TransactionStatusRequest *TransactionStatusRequest `json:"TransactionStatusRequest,omitempty"`
	DisplayRequest           *DisplayRequest           `json:"DisplayRequest,omitempty"`
}

// Envelope wraps a request.
type Envelope struct {
	SaleToPOIRequest Request `json:"SaleToPOIRequest"`
}

var local = resty.New().SetBaseURL("https://192.168.1.40:8443").SetRetryCount(2).
	AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.IsError() }) // want `resty client's retry condition \(line 62\): every non-2xx status is retried`

// Status reads the outcome of the payment serviceID on terminal poiID.
func Status(ctx context.Context, poiID, serviceID string) (*resty.Response, error) {
	env := Envelope{SaleToPOIRequest: Request{
		MessageHeader: MessageHeader{MessageClass: "Service", MessageCategory: "TransactionStatus", MessageType: "Request", ServiceID: "st-" + serviceID, POIID: poiID},
		TransactionStatusRequest: &TransactionStatusRequest{
			MessageReference: &MessageReference{MessageCategory: "Payment", ServiceID: serviceID},
		},
	}}
	return local.R().SetContext(ctx).SetBody(env).Post("/nexo")
}

// Reverse refunds the payment pspRef.
func Reverse(ctx context.Context, poiID, serviceID, pspRef string) (*resty.Response, error) {
	rev := &ReversalRequest{ReversalReason: "MerchantCancel"}
	rev.OriginalPOITransaction.POITransactionID.TransactionID = pspRef
	env := Envelope{SaleToPOIRequest: Request{
		MessageHeader:   MessageHeader{MessageClass: "Service", MessageCategory: "Reversal", MessageType: "Request", ServiceID: serviceID, POIID: poiID},
		ReversalRequest: rev,
	}}
	return local.R().SetContext(ctx).SetBody(env).Post("/nexo")
}
