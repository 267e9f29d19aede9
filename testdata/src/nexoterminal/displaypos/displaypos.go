// Package displaypos shows text and reads diagnostics on a terminal
// through a client that retries every error answer; it neither takes nor
// reads a payment, so its retries are its own business: silent. So is an
// SMS gateway retried on any status.
package displaypos

import (
	"context"

	"github.com/go-resty/resty/v2"
)

var screen = resty.New().SetBaseURL("https://terminal-api.example").SetRetryCount(4).
	AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.StatusCode() >= 400 })

// Show shows a line of text on terminal poiID.
func Show(ctx context.Context, poiID, serviceID, text string) error {
	body := map[string]interface{}{"SaleToPOIRequest": map[string]interface{}{
		"MessageHeader":  map[string]string{"MessageCategory": "Display", "POIID": poiID, "ServiceID": serviceID},
		"DisplayRequest": map[string]interface{}{"DisplayOutput": []map[string]interface{}{{"Device": "CustomerDisplay", "OutputContent": map[string]string{"OutputText": text}}}},
	}}
	_, err := screen.R().SetContext(ctx).SetBody(body).Post("/sync")
	return err
}

// Diagnose asks terminal poiID whether it is online.
func Diagnose(ctx context.Context, poiID, serviceID string) error {
	body := map[string]interface{}{"SaleToPOIRequest": map[string]interface{}{
		"MessageHeader":    map[string]string{"MessageCategory": "Diagnosis", "POIID": poiID, "ServiceID": serviceID},
		"DiagnosisRequest": map[string]interface{}{"HostDiagnosisFlag": true},
	}}
	_, err := screen.R().SetContext(ctx).SetBody(body).Post("/sync")
	return err
}

var sms = resty.New().SetBaseURL("https://sms.example").SetRetryCount(3).
	AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.IsError() })

// Text sends the receipt link by SMS.
func Text(ctx context.Context, phone, link string) error {
	_, err := sms.R().SetContext(ctx).SetBody(map[string]string{"to": phone, "text": "Your receipt: " + link}).Post("/messages")
	return err
}
