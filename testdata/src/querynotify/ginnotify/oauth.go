package ginnotify

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

// GithubCallback is an OAuth redirect URI: the query carries a code and
// a state, and the handler trades the code for a token and activates the
// account that started the login. No payment: silent.
func (s *Shop) GithubCallback(c *gin.Context) {
	if c.Query("state") == "" {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := http.PostForm("https://github.com/login/oauth/access_token", url.Values{"code": {c.Query("code")}})
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
		Status      string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	s.Orders.DB.Table("users").Where("oauth_state = ?", c.Query("state")).
		Updates(map[string]interface{}{"github_token": tok.AccessToken, "status": "active"})
	c.Redirect(http.StatusFound, "/")
}
