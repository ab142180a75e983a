package probe

import (
	_ "github.com/gin-gonic/gin"
	_ "github.com/labstack/echo/v4"
)
