package psp

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

// Terminal talks to the front-desk payment terminals through Adyen's cloud
// Terminal API.
type Terminal struct {
	pay    *resty.Client // payment requests: never replayed by the client
	status *resty.Client // transaction status reads
	saleID string
}

// TerminalOption configures a Terminal.
type TerminalOption func(*Terminal)

// WithStatusRetries sets how often a status read is tried again.
func WithStatusRetries(n int) TerminalOption {
	return func(t *Terminal) { t.status.SetRetryCount(n) }
}

// NewTerminal builds the Terminal API client.
func NewTerminal(baseURL, apiKey, saleID string, opts ...TerminalOption) *Terminal {
	t := &Terminal{
		pay: resty.New().
			SetBaseURL(baseURL).
			SetHeader("x-API-key", apiKey).
			SetTimeout(15 * time.Second),
		status: resty.New().
			SetBaseURL(baseURL).
			SetHeader("x-API-key", apiKey).
			SetTimeout(10 * time.Second).
			SetRetryCount(3).
			SetRetryWaitTime(time.Second).
			SetRetryMaxWaitTime(8 * time.Second),
		saleID: saleID,
	}
	t.status.AddRetryCondition(func(r *resty.Response, err error) bool {
		return err != nil || r.StatusCode() >= 400 // want "\\[retrystatus\\] payment requests are retried by the resty client's retry condition \\(line 43\\): every non-2xx status is retried"
	})
	for _, o := range opts {
		o(t)
	}
	return t
}

type messageHeader struct {
	ProtocolVersion string `json:"ProtocolVersion"`
	MessageClass    string `json:"MessageClass"`
	MessageCategory string `json:"MessageCategory"`
	MessageType     string `json:"MessageType"`
	SaleID          string `json:"SaleID"`
	ServiceID       string `json:"ServiceID"`
	POIID           string `json:"POIID"`
}

type saleToPOI struct {
	SaleToPOIRequest map[string]interface{} `json:"SaleToPOIRequest"`
}

// StartPayment asks the terminal poiID to take a payment. The call returns
// once the terminal accepted the request; the result is read with Result.
func (t *Terminal) StartPayment(ctx context.Context, poiID, serviceID, ref string, cents int64, currency string) error {
	body := saleToPOI{SaleToPOIRequest: map[string]interface{}{
		"MessageHeader": t.header("Payment", serviceID, poiID),
		"PaymentRequest": map[string]interface{}{
			"SaleData": map[string]interface{}{
				"SaleTransactionID": map[string]interface{}{
					"TransactionID": ref,
					"TimeStamp":     time.Now().UTC().Format(time.RFC3339),
				},
			},
			"PaymentTransaction": map[string]interface{}{
				"AmountsReq": map[string]interface{}{
					"Currency":        currency,
					"RequestedAmount": float64(cents) / 100,
				},
			},
		},
	}}
	res, err := t.pay.R().SetContext(ctx).SetBody(body).Post("/async")
	if err != nil {
		return err
	}
	if res.IsError() {
		return fmt.Errorf("terminal: payment request refused: %s", res.Status())
	}
	return nil
}

// TerminalResult is the outcome the terminal reports for a payment.
type TerminalResult struct {
	Done     bool   // the terminal has a final answer
	Approved bool   // the payment was approved
	PSPRef   string // Adyen's reference for the payment
	Reason   string
}

type statusResponse struct {
	SaleToPOIResponse struct {
		TransactionStatusResponse struct {
			Response struct {
				Result         string `json:"Result"`
				ErrorCondition string `json:"ErrorCondition"`
				AdditionalResp string `json:"AdditionalResponse"`
			} `json:"Response"`
			RepeatedMessageResponse struct {
				RepeatedResponseMessageBody struct {
					PaymentResponse struct {
						Response struct {
							Result string `json:"Result"`
						} `json:"Response"`
						POIData struct {
							POITransactionID struct {
								TransactionID string `json:"TransactionID"`
							} `json:"POITransactionID"`
						} `json:"POIData"`
					} `json:"PaymentResponse"`
				} `json:"RepeatedResponseMessageBody"`
			} `json:"RepeatedMessageResponse"`
		} `json:"TransactionStatusResponse"`
	} `json:"SaleToPOIResponse"`
}

// Result asks the terminal for the outcome of the payment serviceID.
func (t *Terminal) Result(ctx context.Context, poiID, serviceID string) (TerminalResult, error) {
	body := saleToPOI{SaleToPOIRequest: map[string]interface{}{
		"MessageHeader": t.header("TransactionStatus", "st"+serviceID, poiID),
		"TransactionStatusRequest": map[string]interface{}{
			"ReceiptReprintFlag": false,
			"MessageReference": map[string]interface{}{
				"MessageCategory": "Payment",
				"ServiceID":       serviceID,
				"SaleID":          t.saleID,
			},
		},
	}}
	var out statusResponse
	res, err := t.status.R().SetContext(ctx).SetBody(body).SetResult(&out).Post("/sync")
	if err != nil {
		return TerminalResult{}, err
	}
	if res.IsError() {
		return TerminalResult{}, fmt.Errorf("terminal: status %s", res.Status())
	}
	st := out.SaleToPOIResponse.TransactionStatusResponse
	if st.Response.Result != "Success" {
		// "InProgress" while the shopper is still at the terminal.
		return TerminalResult{Reason: st.Response.ErrorCondition}, nil
	}
	pr := st.RepeatedMessageResponse.RepeatedResponseMessageBody.PaymentResponse
	return TerminalResult{
		Done:     true,
		Approved: pr.Response.Result == "Success",
		PSPRef:   pr.POIData.POITransactionID.TransactionID,
	}, nil
}

func (t *Terminal) header(category, serviceID, poiID string) messageHeader {
	return messageHeader{
		ProtocolVersion: "3.0",
		MessageClass:    "Service",
		MessageCategory: category,
		MessageType:     "Request",
		SaleID:          t.saleID,
		ServiceID:       serviceID,
		POIID:           poiID,
	}
}
