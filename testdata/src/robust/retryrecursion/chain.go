package retryrecursion

import (
	"net/http"
	"strings"
)

// Transfer hands the request down a chain of fourteen helpers, each
// setting a header and calling the next: the key search walks the rest
// of the chain again in each of its passes, three times more per link,
// and took minutes before it stopped following at a bounded depth.
func (c *Client) Transfer(id string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.example-pay.test/v1/transfers", strings.NewReader("amount=100"))
	if err != nil {
		return nil, err
	}
	hop0(req, id)
	return c.HTTP.Do(req)
}

func hop0(req *http.Request, v string) {
	req.Header.Set("X-Hop-0", v)
	hop1(req, v)
}

func hop1(req *http.Request, v string) {
	req.Header.Set("X-Hop-1", v)
	hop2(req, v)
}

func hop2(req *http.Request, v string) {
	req.Header.Set("X-Hop-2", v)
	hop3(req, v)
}

func hop3(req *http.Request, v string) {
	req.Header.Set("X-Hop-3", v)
	hop4(req, v)
}

func hop4(req *http.Request, v string) {
	req.Header.Set("X-Hop-4", v)
	hop5(req, v)
}

func hop5(req *http.Request, v string) {
	req.Header.Set("X-Hop-5", v)
	hop6(req, v)
}

func hop6(req *http.Request, v string) {
	req.Header.Set("X-Hop-6", v)
	hop7(req, v)
}

func hop7(req *http.Request, v string) {
	req.Header.Set("X-Hop-7", v)
	hop8(req, v)
}

func hop8(req *http.Request, v string) {
	req.Header.Set("X-Hop-8", v)
	hop9(req, v)
}

func hop9(req *http.Request, v string) {
	req.Header.Set("X-Hop-9", v)
	hop10(req, v)
}

func hop10(req *http.Request, v string) {
	req.Header.Set("X-Hop-10", v)
	hop11(req, v)
}

func hop11(req *http.Request, v string) {
	req.Header.Set("X-Hop-11", v)
	hop12(req, v)
}

func hop12(req *http.Request, v string) {
	req.Header.Set("X-Hop-12", v)
	hop13(req, v)
}

func hop13(req *http.Request, v string) {
	req.Header.Set("X-Hop-13", v)
}
