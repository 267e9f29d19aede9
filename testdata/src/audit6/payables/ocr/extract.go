// Package ocr extracts line items and totals from uploaded invoice PDFs
// through a document-AI vendor.
package ocr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Extraction is what the vendor read off the PDF.
type Extraction struct {
	Supplier string  `json:"supplier"`
	Number   string  `json:"invoice_number"`
	Total    float64 `json:"total"`
	Currency string  `json:"currency"`
	DueDate  string  `json:"due_date"`
}

type Extractor struct {
	Endpoint string
	APIKey   string
	HTTP     *http.Client
}

// Extract posts the document and returns the parsed invoice. The vendor
// sometimes answers 422 while its model warms up, so everything is retried.
func (e *Extractor) Extract(ctx context.Context, pdf []byte) (*Extraction, error) {
	var last error
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.Endpoint+"/v2/documents:extract", bytes.NewReader(pdf))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+e.APIKey)
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := e.HTTP.Do(req)
		if err != nil {
			last = err
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			last = fmt.Errorf("ocr: %s", resp.Status)
			time.Sleep(100 * time.Millisecond)
			continue
		}
		var out Extraction
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		return &out, err
	}
	return nil, last
}
