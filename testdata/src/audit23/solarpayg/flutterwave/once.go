package flutterwave

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"

	"audit23/solarpayg/platform"
)

func sendOnce(ctx context.Context, hc *http.Client, r platform.Request, out any) error {
	b, err := json.Marshal(r.Body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range r.Headers {
		req.Header.Set(k, v)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		return &platform.StatusError{Code: resp.StatusCode, Body: string(data)}
	}
	return json.Unmarshal(data, out)
}
