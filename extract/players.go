package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the lines a media player prints between a story's
// paragraphs: broadcasters' pages embed their own clips in the text, and
// the player shows a title, a duration and a label ("Hochwasser: Bund
// stockt Mittel auf · 1:47 min", "Audio", "Se inslaget: … 1 min",
// "WATCH | Why riders are frustrated: … Duration 1:48"), none of it the
// story's text.

// playerWords name a media player by class or id ("video-player",
// "sc-video__player", "media-audio__title", "audioNoticia", "vod-player",
// "jwplayer").
var playerWords = set("player", "video", "audio", "vod", "jwplayer", "videoplayer", "audioplayer", "mediaplayer")

// maxPlayerText is the most text a player box holds: a title, a
// duration, a one-line description.
const maxPlayerText = 300

// inPlayerBox reports whether the block container n stands in a player's
// box below root: elements of at most three levels up, each holding
// little text (and less than a third of root's), one of them or a child
// of one (a "media" box around its title and its player) named as a
// player and showing a duration in a short line of its own ("1:47 min",
// "Duration 02:14", "• 1 min"). A clip's title alone, with no duration
// beside it, stays: the annotated pages count it as the story's (a lead
// video's title that says what the story shows). So does a sentence that
// names a time ("The crane toppled at 10:30 …"), a live entry's time
// (<time>, or in an entry whose embedded clip shows no duration), and the
// text of a page whose story is the video's description, most of the
// root's.
func (d *doc) inPlayerBox(n, root *html.Node) bool {
	rootLen := d.statsOf(root).textLen
	for up := 0; n != nil && n != root && up < 3; n = n.Parent {
		st := d.stats[n]
		if st == nil || st.textLen > maxPlayerText || st.textLen*3 > rootLen {
			break
		}
		if st.player == 0 {
			// (once an element: the blocks of a box share its ancestors)
			st.player = -1
			if d.playerShown(n) {
				st.player = 1
			}
		}
		if st.player > 0 {
			return true
		}
		if !plainWrapper(n) {
			up++ // (a plain wrapper is no step: bodywrap.go)
		}
	}
	return false
}

// playerShown reports whether n, or a child of n, is named as a player
// and shows a duration.
func (d *doc) playerShown(n *html.Node) bool {
	if d.playerNamed(n) && showsDuration(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if u := unwrapPlain(c); u.Type == html.ElementNode && d.playerNamed(u) && showsDuration(u) { // (past plain wrappers)
			return true
		}
	}
	return false
}

// showsDuration reports whether a text of n outside <time>, a short line
// of its own, shows a clip's duration.
func showsDuration(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if t := squash(c.Data); len(t) <= maxDurationLine && hasDuration(t) { // "2 min"
				return true
			}
		case c.Type == html.ElementNode && c.DataAtom != atom.Time && showsDuration(c):
			return true
		}
	}
	return false
}

// maxDurationLine is the longest text a player prints its duration in
// ("Play video, "How a tidal lagoon makes electricity", duration 1:42").
const maxDurationLine = 80

// playerNamed reports whether n's class or id names a media player.
func (d *doc) playerNamed(n *html.Node) bool { return hasAny(d.tokensOf(n), playerWords) }

// hasDuration reports whether s shows a clip's duration: minutes and
// seconds ("1:47", "02:14", "1:02:10"), or a number before a unit of
// minutes ("1 min", "3 Minuten", "2 minutes"), as players print them in
// every language that writes Latin digits.
func hasDuration(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j+2 < len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) && (j+3 == len(s) || !isDigit(s[j+3])) {
			return true
		}
		k := j
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if j-i <= 3 && strings.HasPrefix(strings.ToLower(s[k:min(k+3, len(s))]), "min") {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
