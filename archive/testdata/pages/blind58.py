# The fifty-eighth held-out batch, a blind one: written without reading the
# reader, on the articles of articles_b57.py. Its theme is ordinary news
# sites as a browser saves them. Kinds in no other set: an American regional
# paper on a hosted newspaper CMS (the headline in a span inside the h1, a
# "Buy Now" reprint link under the photo caption, share buttons read out as
# words, the discussion rules before "Load comments", "Most Popular" tabs);
# a small English-language daily on a magazine WordPress theme (the save
# day's date in the top bar, "By NAME -", a views counter, previous and next
# article links, an author box, "RELATED ARTICLES / MORE FROM AUTHOR" and
# the theme's reply form with its warnings); a think tank's "Expert comment"
# page (the author card in a sidebar before the text, "N minute read", a
# disclaimer and dated related cards after it); a UN agency's news story on
# Drupal (six-language switcher, field wrappers, an inline "By" label, a
# photo credit with a copyright sign, media contacts after the text); an
# international news channel's English page copied whole ("Published On 25
# Feb 2016", a "list 1 of 3" read-more box inside the text, a "SOURCE:" line
# at the end). All text invented.
import datetime, html
from make_pages import d, long_mdy, long_dmy, wk_dmy, short_dmy, others, blocks
import articles_b57

POOL = articles_b57.POOL

def esc(s):
    return html.escape(s, quote=False)

def slug(s):
    return "".join(c for c in s.lower().replace(" ", "-") if c.isalnum() or c == "-")

def mon3(x):
    return x.strftime("%b")

def blox_regional(a, i):
    x = d(a)
    iso = f"{a['date']}T05:30:00-06:00"
    byl = [f'<span itemprop="author" class="tnt-byline">By {esc(a["by"])} Herald staff writer</span>',
           f'<span itemprop="author" class="tnt-byline">By {esc(a["by"])} The Associated Wire</span>',
           '<span class="tnt-byline">From staff reports</span>',
           f'<span class="tnt-byline"><a href="/users/profile/{slug(a["by"])}" itemprop="author"><img class="tnt-user-avatar" src="/content/tncms/avatars/{a["key"][:1]}/{slug(a["by"])}.jpg" alt="{esc(a["by"])}" width="40" height="40"> {esc(a["by"])}</a></span>'][i % 4]
    upd = x + datetime.timedelta(days=1)
    when = [f'<li><time datetime="{iso}" class="tnt-date asset-date text-muted">{mon3(x)} {x.day}, {x.year}</time></li>',
            f'<li><time datetime="{iso}" class="tnt-date asset-date text-muted">{mon3(x)} {x.day}, {x.year}</time></li><li><time datetime="{upd.isoformat()}T14:02:00-06:00" class="tnt-date asset-date text-muted">Updated {mon3(upd)} {upd.day}, {upd.year}</time></li>',
            f'<li><time datetime="{iso}" class="tnt-date asset-date text-muted">{mon3(x)} {x.day}, {x.year}</time></li><li><span class="text-muted">Updated 12 min ago</span></li>',
            f'<li><span class="text-muted">Posted</span> <time datetime="{iso}" class="tnt-date asset-date text-muted">{x.strftime("%A")}, {long_mdy(a)} 5:30 am</time></li>'][i % 4]
    meta_pub = f'<meta property="article:published_time" content="{iso}">\n' if i % 2 == 0 else ""
    cap = (f'<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image"><img src="https://bloximages.example/plainsmanherald/{a["key"]}.image.jpg" alt="{esc(a["title"])}" width="1024" height="683"></div>'
           f'<figcaption class="caption-container"><div class="caption-text"><p>People wait at the harbour in {esc(a["place"].title())} on {x.strftime("%A")}.</p></div>'
           f'<div class="caption-meta"><span class="tnt-byline">Associated Wire photo</span> <a class="tnt-buy-now" href="https://plainsmanherald.mycapture.example/mycapture/remoteimage.asp?backtext=Back&amp;image=https://bloximages.example/{a["key"]}.jpg" target="_blank" rel="noopener">Buy Now</a></div></figcaption></figure></div>')
    ps = [f"<p>{esc(q)}</p>" for q in a["paras"]]
    if len(ps) > 4:
        ps.insert(3, '<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tnt-ads-container"><div class="tnt-ads advertisement"><span class="tnt-ad-label">Advertisement</span><div id="tncms-block-882341"></div></div></div></div>')
    share = "".join(f'<li class="share-{s.lower().split()[0]}"><a href="#" class="tnt-share"><span class="fas fa-share"></span><span class="sr-only">{s}</span></a></li>'
                    for s in ["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"])
    pop = "".join(f'<li class="list-group-item"><span class="rank">{n + 1}</span> <a href="/news/{slug(t)}/article_{n}a7c.html">{esc(t)}</a></li>' for n, t in enumerate(others(a, 5)))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a['title'])} | World | plainsmanherald.example</title>
<meta name="description" content="{esc(a['paras'][0][:150])}">
<meta name="author" content="{esc(a['by']) if i % 4 != 2 else 'Staff reports'}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="The Plainsman Herald">
{meta_pub}<meta name="twitter:site" content="@PlainsmanHerald">
<link rel="stylesheet" href="https://bloximages.example/plainsmanherald/tncms/live/global/resources/tncms.css">
</head>
<body class="tnt-section-world tnt-asset-type-article">
<!-- tncms-region: top-bar -->
<div id="site-top-nav-container"><ul class="nav"><li><a href="/eedition/">Today's e-Edition</a></li><li><a href="/subscribe/">Subscribe</a></li><li><a href="/users/login/">Log In</a></li><li class="weather"><a href="/weather/">34°F Cloudy</a></li></ul></div>
<header id="site-header"><a href="/" class="site-logo"><img src="/content/tncms/site/logo.png" alt="The Plainsman Herald"></a>
<nav id="main-nav"><ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/business/">Business</a></li><li><a href="/eedition/">e-Edition</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/jobs/">Jobs</a></li></ul></nav></header>
<!-- tncms-region: above-main -->
<div id="main-page-container" class="container"><section id="main-body-container"><div class="row">
<div class="col-md-8">
<article itemscope itemtype="http://schema.org/NewsArticle" class="tnt-asset-type-article">
<header class="asset-header">
<div class="meta"><span class="kicker"><a href="/news/world/">World</a></span></div>
<h1 class="headline" itemprop="headline"><span class="tnt-asset-title">{esc(a['title'])}</span></h1>
<ul class="list-inline">
<li>{byl}</li>
{when}
</ul>
<div class="share-container headline-right"><ul class="list-inline">{share}</ul></div>
</header>
{cap}
<div class="asset-content subscriber-premium" itemprop="articleBody">
<div id="article-body">
<!-- tncms-region: asset-content -->
{chr(10).join(ps)}
</div>
</div>
<div class="asset-tags"><h3>Tags</h3><ul class="list-inline"><li><a href="/search/?t=article&amp;k=diplomacy">Diplomacy</a></li><li><a href="/search/?t=article&amp;k=foreign+relations">Foreign Relations</a></li><li><a href="/search/?t=article&amp;k={esc(slug(a['place']))}">{esc(a['place'].title())}</a></li></ul></div>
</article>
<section id="comments" class="asset-comments">
<h3>Welcome to the discussion.</h3>
<p><strong>Keep it Clean.</strong> Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.<br><strong>PLEASE TURN OFF YOUR CAPS LOCK.</strong><br><strong>Don't Threaten.</strong> Threats of harming another person will not be tolerated.<br><strong>Be Truthful.</strong> Don't knowingly lie about anyone or anything.<br><strong>Be Nice.</strong> No racism, sexism or any sort of -ism that is degrading to another person.<br><strong>Be Proactive.</strong> Use the 'Report' link on each comment to let us know of abusive posts.<br><strong>Share with Us.</strong> We'd love to hear eyewitness accounts, the history behind an article.</p>
<button class="btn btn-primary">Load comments</button>
</section>
</div>
<div class="col-md-4"><section class="tnt-most-popular"><h3>Most Popular</h3><ul class="nav nav-tabs"><li class="active"><a href="#pop-stories">Stories</a></li><li><a href="#pop-videos">Videos</a></li><li><a href="#pop-images">Images</a></li></ul><ul class="list-group">{pop}</ul></section>
<section class="newsletter-signup"><h3>Breaking News</h3><p>Get the latest breaking news sent directly to your inbox.</p><form><input type="email" placeholder="Email Address"><button>Sign up!</button></form></section></div>
</div></section></div>
<footer id="site-footer"><p>The Plainsman Herald, 311 N. Main St., Larkin, KS 67550 | Phone: 620-555-0182 | Email: news@plainsmanherald.example</p>
<p>&copy; Copyright {max(x.year, 2012)}, The Plainsman Herald | <a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p>
<p>Powered by BLOX Content Management System from TownNews.</p></footer>
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 2 else a["by"])

def tagdiv_wp(a, i):
    x = d(a)
    pid = 48812 + 37 * i
    saved = x + datetime.timedelta(days=[2, 30, 1, 400][i % 4])
    author = [a["by"], "Sentinel Reporter", a["by"], a["by"]][i % 4]
    meta_author = [a["by"], "Sentinel Reporter", "admin", a["by"]][i % 4]
    mod = x + datetime.timedelta(days=[0, 1, 0, 6][i % 4])
    p = list(a["paras"])
    ps = [f"<p>{esc(q)}</p>" for q in p]
    if len(ps) > 3:
        ps.insert(2, f'<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><a href="https://ads.islandsentinel.example/c/{pid}"><img src="/wp-content/uploads/2019/ads/telco-300x250.jpg" alt=""/></a></div>')
    if i % 4 == 3:
        ps.append("<p><em>– With Agence Mondiale</em></p>")
    tags = "".join(f'<li><a href="/tag/{slug(t)}/">{esc(t)}</a></li>' for t in ["diplomacy", a["place"].title(), "foreign affairs"])
    prev_t, next_t = others(a, 2)
    rel = "".join(f'<div class="td-related-span4 td-related-post-{n}"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="/{slug(t)}/" rel="bookmark" class="td-image-wrap" title="{esc(t)}"><img class="entry-thumb" src="/wp-content/uploads/thumb{n}-218x150.jpg" alt="" title="{esc(t)}"/></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="/{slug(t)}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3></div></div></div>'
                  for n, t in enumerate(others(a, 5)[2:]))
    pop = "".join(f'<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/{slug(t)}/">{esc(t)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date">{long_mdy(dict(date=(saved - datetime.timedelta(days=n + 1)).isoformat()))}</time></span></div></div>'
                  for n, t in enumerate(others(a, 4)))
    au = slug(author)
    page = f"""<!doctype html >
<html lang="en-US">
<head>
    <title>{esc(a['title'])} - The Island Sentinel</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://www.islandsentinel.example/xmlrpc.php" />
<meta name="author" content="{esc(meta_author)}">
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a['title'])} - The Island Sentinel" />
<meta property="og:url" content="https://www.islandsentinel.example/{slug(a['title'])}/" />
<meta property="og:site_name" content="The Island Sentinel" />
<meta property="article:published_time" content="{a['date']}T08:12:45+00:00" />
<meta property="article:modified_time" content="{mod.isoformat()}T10:40:03+00:00" />
<link rel='stylesheet' id='td-theme-css' href='https://www.islandsentinel.example/wp-content/themes/Newspaper/style.css?ver=9.7.2' type='text/css' media='all' />
<script type='text/javascript' src='https://www.islandsentinel.example/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">

        <div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
    <div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1 ">
    <div class="td-header-top-menu-full td-container-wrap ">
        <div class="td-container td-header-row td-header-top-menu">
    <div class="top-bar-style-1">
<div class="td-header-sp-top-menu">
        <div class="td_data_time">
            <div >
                {saved.strftime('%A')}, {saved.strftime('%B')} {saved.day}, {saved.year}
            </div>
        </div>
    <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="/about-us/">About Us</a></li><li class="menu-item"><a href="/advertise/">Advertise</a></li><li class="menu-item"><a href="/contact/">Contact</a></li><li class="menu-item"><a href="/e-paper/">e-Paper</a></li></ul></div></div>
        <div class="td-header-sp-top-widget">
        <span class="td-social-icon-wrap"><a target="_blank" href="https://facebook.example/IslandSentinel" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.example/IslandSentinel" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span>
    </div>
    </div>
        </div>
    </div>
    <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap ">
        <div class="td-container td-header-row td-header-header">
            <div class="td-header-sp-logo">
                <a class="td-main-logo" href="https://www.islandsentinel.example/"><img class="td-retina-data" src="/wp-content/uploads/2018/logo-sentinel.png" alt="The Island Sentinel" title="The Island Sentinel"/><span class="td-visual-hidden">The Island Sentinel</span></a>
            </div>
            <div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><a href="https://ads.islandsentinel.example/c/728"><img src="/wp-content/uploads/2019/ads/bank-728x90.jpg" alt=""/></a></div></div></div>
        </div>
    </div>
    <div class="td-header-menu-wrap-full td-container-wrap ">
        <div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu">
    <div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item"><a href="/category/politics/">Politics</a></li><li class="menu-item"><a href="/category/business/">Business</a></li><li class="menu-item current-post-ancestor"><a href="/category/world/">World</a></li><li class="menu-item"><a href="/category/sports/">Sports</a></li><li class="menu-item"><a href="/category/opinion/">Opinion</a></li><li class="menu-item"><a href="/category/lifestyle/">Lifestyle</a></li></ul></div></div>
</div></div>
    </div>
</div>
<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container td-post-template-default ">
        <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://www.islandsentinel.example/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in World" class="entry-crumb" href="/category/world/">World</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(a['title'])}</span></div></div>
        <div class="td-pb-row">
                                    <div class="td-pb-span8 td-main-content" role="main">
                            <div class="td-ss-main-content">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail category-world" itemscope itemtype="https://schema.org/Article">
    <div class="td-post-header">
        <ul class="td-category"><li class="entry-category"><a href="/category/world/">World</a></li></ul>
        <header class="td-post-title">
            <h1 class="entry-title">{esc(a['title'])}</h1>
            <div class="td-module-meta-info">
                <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/{au}/">{esc(author)}</a><div class="td-author-line"> - </div> </div>
                <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a['date']}T08:12:45+00:00" >{long_mdy(a)}</time></span>
                <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{pid}">{[1204, 387, 5610, 92][i % 4]:,}</span></div>
                <div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div>
            </div>
        </header>
    </div>
    <div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.example/sharer.php?u={pid}"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.example/intent/tweet?text={pid}"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="whatsapp://send?text={pid}"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a></div></div></div>
    <div class="td-post-content tagdiv-type">
        <div class="td-post-featured-image"><figure><a href="/wp-content/uploads/{x.year}/{x.month:02d}/{a['key']}.jpg" data-caption="Officials at the signing in {esc(a['place'].title())}"><img width="696" height="464" class="entry-thumb td-modal-image" src="/wp-content/uploads/{x.year}/{x.month:02d}/{a['key']}-696x464.jpg" alt="" title="{a['key']}"/></a><figcaption class="wp-caption-text">Officials at the signing in {esc(a['place'].title())}</figcaption></figure></div>
{chr(10).join(ps)}
    </div>
    <footer>
        <div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>
        <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="/{slug(prev_t)}/">{esc(prev_t)}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="/{slug(next_t)}/">{esc(next_t)}</a></div></div></div>
        <div class="author-box-wrap"><a href="/author/{au}/"><img alt='' src='https://secure.gravatar.example/avatar/{pid:x}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{au}/">{esc(author)}</a></span></div><div class="td-author-description">{'Reports for the Sentinel on foreign affairs and the region.' if author != 'Sentinel Reporter' else ''}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
    </footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_4_a9e td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_4_a9e"><h4 class="td-related-title td-block-title"><a id="tdi_5_7b1" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_4_a9e" href="#">RELATED ARTICLES</a><a id="tdi_6_2c0" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_4_a9e" href="#">MORE FROM AUTHOR</a></h4><div id=tdi_4_a9e class="td_block_inner">
<div class="td-related-row">{rel}</div></div></div>
    <div class="comments" id="comments">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
			<form action="https://www.islandsentinel.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
			<div class="clearfix"></div>
				<div class="comment-form-input-wrap td-form-comment">
					<textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>
					<div class="td-warning-comment">Please enter your comment!</div>
				</div>
		        <div class="comment-form-input-wrap td-form-author">
			            <input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"  aria-required='true' />
			            <div class="td-warning-author">Please enter your name here</div>
					 </div>
<div class="comment-form-input-wrap td-form-email">
			            <input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"  aria-required='true' />
			            <div class="td-warning-email-error">You have entered an incorrect email address!</div>
			            <div class="td-warning-email">Please enter your email address here</div>
					 </div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p>			</form>
			</div><!-- #respond -->
	    </div> <!-- /.content -->
                            </div>
                        </div>
                        <div class="td-pb-span4 td-main-sidebar" role="complementary">
                            <div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_social_counter"><div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">STAY CONNECTED</span></h4></div><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><span class="td_social_info">12,480</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button">Like</span></div><div class="td_social_type td-pb-margin-side td_social_twitter"><span class="td_social_info">3,201</span><span class="td_social_info td_social_info_name">Followers</span><span class="td_social_button">Follow</span></div></div></div>
<div class="td_block_wrap td_block_9"><div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">MOST POPULAR</span></h4></div><div class="td_block_inner">{pop}</div></div>
                            </div>
                        </div>
                            </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->
<div class="td-footer-wrapper td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap"><div class="block-title"><span>ABOUT US</span></div>The Island Sentinel is an independent English-language daily published since 1962.<div class="footer-email-wrap">Contact us: <a href="mailto:news@islandsentinel.example">news@islandsentinel.example</a></div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; Copyright {max(saved.year, 2016)} - The Island Sentinel. All rights reserved.</div></div></div></div>
</div><!--close td-outer-wrap-->
</body>
</html>
"""
    return page, dict(byline="" if i % 4 == 1 else a["by"])

def thinktank_comment(a, i):
    x = d(a)
    words = sum(len(q.split()) for q in a["paras"])
    mins = max(2, round(words / 200) + 2)
    upd = x + datetime.timedelta(days=5)
    when = [f'<span class="hero__date">Published {long_dmy(a)}</span>',
            f'<span class="hero__date">{long_dmy(a)}</span>',
            f'<span class="hero__date">Published {long_dmy(a)}</span> <span class="hero__updated">Updated {upd.day} {upd.strftime("%B")} {upd.year}</span>',
            f'<span class="hero__date"><time datetime="{a["date"]}">{long_dmy(a)}</time></span>'][i % 4]
    role = ["Senior Research Fellow, Africa Programme", "Associate Fellow, Asia-Pacific Programme",
            "Director, International Law Programme", "Research Associate, Global Health Programme"][i % 4]
    card = (f'<div class="author-card"><img class="author-card__image" alt="" src="/sites/default/files/styles/square/public/people/{slug(a["by"])}.jpg">'
            f'<div class="author-card__name"><a href="/about-us/our-people/{slug(a["by"])}">{esc(a["by"])}</a></div><div class="author-card__role">{role}</div></div>')
    top_author = ""
    if i % 4 == 1:
        top_author = f'<div class="hero__authors">By <a href="/about-us/our-people/{slug(a["by"])}">{esc(a["by"])}</a></div>'
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    kinds = ["Research paper", "Expert comment", "Event", "Podcast"]
    rel = "".join(f'<li class="card"><span class="card__type">{kinds[n]}</span><a class="card__title" href="/{x.year + (n + 1) // 2}/{slug(t)}">{esc(t)}</a><span class="card__date">{(x + datetime.timedelta(days=40 * (n + 1))).day} {(x + datetime.timedelta(days=40 * (n + 1))).strftime("%B")} {(x + datetime.timedelta(days=40 * (n + 1))).year}</span></li>'
                  for n, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(a['title'])} | Harcourt Institute – International Affairs Think Tank</title>
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Harcourt Institute" />
<link rel="canonical" href="https://www.harcourtinstitute.example/{x.year}/{x.month:02d}/{slug(a['title'])}" />
<link rel="stylesheet" media="all" href="/themes/custom/harcourt/dist/css/main.css?r7q1x2" />
</head>
<body class="path-node page-node-type-expert-comment">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to understand how you use our website and to improve your experience. Find out more in our <a href="/cookies">cookie policy</a>.</p><button>Accept all cookies</button><button>Necessary cookies only</button></div>
<header role="banner" class="site-header">
<a href="/" class="site-header__logo" rel="home"><img src="/themes/custom/harcourt/logo.svg" alt="Harcourt Institute home" /></a>
<nav role="navigation" aria-label="Main" class="main-nav"><ul><li><a href="/topics">Topics</a></li><li><a href="/regions">Regions</a></li><li><a href="/research">Research</a></li><li><a href="/events">Events</a></li><li><a href="/about-us/our-people">Experts</a></li><li><a href="/about-us">About us</a></li></ul></nav>
<a href="/support-us" class="button button--support">Support us</a> <a href="/search" class="site-header__search">Search</a>
</header>
<main id="main-content" role="main">
<div class="hero hero--expert-comment">
<div class="hero__type">Expert comment</div>
<h1 class="hero__title"><span>{esc(a['title'])}</span></h1>
{top_author}
<div class="hero__meta">{when} <span class="hero__reading-time">{mins} minute read</span></div>
</div>
<div class="layout layout--sidebar">
<aside class="layout__sidebar">
{card}
<div class="download-box"><a href="/sites/default/files/{x.year}-{x.month:02d}/{a['key']}.pdf" class="download-box__link">Download PDF</a></div>
<div class="share-box"><span>Share</span><a href="#">Twitter</a><a href="#">LinkedIn</a><a href="#">Email</a></div>
</aside>
<div class="layout__content">
<div class="wysiwyg">
{ps}
</div>
<div class="disclaimer"><p>The Harcourt Institute is an independent policy institute and takes no institutional positions. The views expressed here are the author's own.</p></div>
<div class="taxonomy"><h2>Topics</h2><ul><li><a href="/topics/diplomacy">Diplomacy</a></li><li><a href="/topics/international-law">International law</a></li></ul><h2>Regions</h2><ul><li><a href="/regions/{slug(a['place'])}">{esc(a['place'].title())}</a></li></ul></div>
</div>
</div>
<section class="related-content"><h2>Related content</h2><ul class="cards">{rel}</ul></section>
<section class="newsletter-promo"><h2>Sign up to our newsletter</h2><p>Receive our weekly update on research, events and expert comment.</p><form><label for="nl-email">Email address</label><input id="nl-email" type="email" /><button>Subscribe</button></form></section>
</main>
<footer class="site-footer">
<p>Harcourt Institute, 14 Lanyard Square, London SW1Y 4ZZ</p>
<p>Harcourt Institute is a registered charity. Charity number 1087766.</p>
<ul><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
<p>&copy; Harcourt Institute {max(x.year, 2024)}</p>
</footer>
</body>
</html>
"""
    return page, {}

def un_drupal(a, i):
    x = d(a)
    kind = ["Story", "News release", "Story", "Story"][i % 4]
    author = [f"{esc(a['by'])}", None, f"{esc(a['by'])} in {esc(a['place'].title())}", f"Story by {esc(a['by'])}; photos by Karin Holm"][i % 4]
    author_html = ""
    if author:
        label = "By" if i % 4 != 3 else ""
        author_html = (f'<div class="field field--name-field-author field--type-string field--label-inline clearfix">'
                       + (f'<div class="field__label">{label}</div>' if label else "") + f'<div class="field__item">{author}</div></div>')
    when = f'<div class="field field--name-field-published-date field--type-datetime field--label-hidden field__item"><time datetime="{a["date"]}T12:00:00Z">{long_dmy(a)}</time></div>'
    loc = f'<div class="field field--name-field-location field--type-string field--label-hidden field__item">{esc(a["place"].title())}</div>'
    fig = (f'<div class="field field--name-field-image field--type-entity-reference field--label-hidden field__item"><figure role="group"><img loading="lazy" src="/sites/default/files/styles/large/public/{x.year}-{x.month:02d}/{a["key"]}.jpg" alt="" width="1200" height="675" />'
           f'<figcaption>A family waits for transport in {esc(a["place"].title())}. &copy; UNMRA/Karin Holm</figcaption></figure></div>')
    ps = "\n".join(f"<p>{esc(q)}</p>" for q in a["paras"])
    contacts = ("<h2>Media contacts</h2>"
                "<p>In Geneva: Paolo Ferri, +41 22 555 0101, ferri@unmra.example</p>"
                f"<p>In {esc(a['place'].title())}: Amina Sow, +33 1 55 50 12 34, sow@unmra.example</p>")
    active = ' class="is-active"'
    langs = "".join(f'<li hreflang="{h}"{active if h == "en" else ""}><a href="/{h}/news/{a["key"]}" class="language-link" hreflang="{h}">{n}</a></li>'
                    for h, n in [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"), ("zh-hans", "中文"), ("ru", "Русский")])
    rel = "".join(f'<div class="views-row"><article class="node node--type-news-story node--view-mode-card"><div class="card__type">{["Story", "News release", "Briefing note"][n]}</div><h3><a href="/news/{slug(t)}">{esc(t)}</a></h3><time datetime="{(x - datetime.timedelta(days=9 * (n + 1))).isoformat()}">{long_dmy(dict(date=(x - datetime.timedelta(days=9 * (n + 1))).isoformat()))}</time></article></div>'
                  for n, t in enumerate(others(a, 3)))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="title" content="{esc(a['title'])} | UNMRA" />
<link rel="canonical" href="https://www.unmra.example/news/{'stories' if kind == 'Story' else 'releases'}/{slug(a['title'])}" />
<meta name="description" content="{esc(a['paras'][0][:160])}" />
<meta property="og:site_name" content="UNMRA" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{esc(a['title'])} | UNMRA</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq2k0pX1.css" />
  </head>
  <body class="path-node page-node-type-news-story">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <div class="region region-top-bar">
    <div class="language-switcher-language-url block block-language" id="block-languageswitcher" role="navigation"><ul class="links">{langs}</ul></div>
  </div>
  <header role="banner">
    <div class="region region-header">
      <div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/unmra/logo.svg" alt="Home" /></a><div class="site-name"><a href="/" rel="home">UNMRA</a></div><div class="site-slogan">The UN Migration and Refugee Agency</div></div>
      <nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/what-we-do">What we do</a></li><li class="menu-item"><a href="/where-we-work">Where we work</a></li><li class="menu-item menu-item--active-trail"><a href="/news">News and stories</a></li><li class="menu-item"><a href="/publications">Publications</a></li><li class="menu-item"><a href="/data">Data</a></li><li class="menu-item"><a href="/get-involved">Get involved</a></li></ul></nav>
      <a href="https://donate.unmra.example/?source=header" class="button button--donate">Donate</a>
    </div>
  </header>
  <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News and stories</a></li><li>{esc(a['title'])}</li></ol></nav></div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/news/{a['key']}" class="node node--type-news-story node--promoted node--view-mode-full">
  <div class="node__header">
<div class="field field--name-field-news-type field--type-entity-reference field--label-hidden field__item">{kind}</div>
    <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a['title'])}</span></h1>
    <div class="node__meta">
{loc if i % 2 == 0 else ''}
{author_html}
{when}
    </div>
  </div>
  <div class="node__content">
{fig if i % 4 != 1 else ''}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{ps}</div>
<div class="field field--name-field-media-contacts field--type-text-long field--label-hidden field__item">{contacts}</div>
<div class="field field--name-field-countries field--type-entity-reference field--label-above"><div class="field__label">Countries</div><div class="field__items"><div class="field__item"><a href="/countries/{slug(a['place'])}" hreflang="en">{esc(a['place'].title())}</a></div></div></div>
<div class="share-links"><span>Share this page</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div>
  </div>
</article>
<div class="views-element-container"><h2>Related news and stories</h2><div class="view view-related-news">{rel}</div></div>
      </div>
    </div>
  </main>
  <footer role="contentinfo">
    <div class="region region-footer">
      <p>UNMRA, Case Postale 2500, 1211 Geneva 2, Switzerland</p>
      <ul class="menu"><li><a href="https://donate.unmra.example/?source=footer">Donate now</a></li><li><a href="/careers">Careers</a></li><li><a href="/procurement">Procurement</a></li><li><a href="/fraud">Fraud alert</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li></ul>
      <p>&copy; UNMRA {max(x.year, 2024)}</p>
    </div>
  </footer>
</div>
  </div>
  </body>
</html>
"""
    return page, dict(byline="" if i % 4 == 1 else a["by"])

def channel_copy(a, i):
    x = d(a)
    pub = f"Published On {x.day} {mon3(x)} {x.year}"
    top = [None, f"By {a['by']}", None, f"By {a['by']}"][i % 4]
    source = ["SOURCE: Orient24 and news agencies", "SOURCE: Orient24", "SOURCE: Agence Mondiale", None][i % 4]
    p = list(a["paras"])
    body = list(p)
    if len(body) > 3:
        rm = others(a, 3)
        body.insert(2, "Read more\nlist of 3 items\n" + "\n".join(f"list {n + 1} of 3\n{t}" for n, t in enumerate(rm)) + "\nend of list")
    cap = f"Delegates at the talks in {a['place'].title()} [File: Hassan Darwish/Orient24]"
    mins = max(2, sum(len(q.split()) for q in p) // 150 + 1)
    bio = f"{a['by']} is a journalist based in {a['place'].title()}." if i % 4 == 3 else None
    text = blocks("Skip links\nSkip to Content",
                  "play\nLive\nShow navigation menu",
                  "Orient24",
                  "Navigation menu\nNews\nMiddle East\nAfrica\nAsia\nUS & Canada\nLatin America\nEurope\nAsia Pacific\nFeatures\nEconomy\nOpinion\nVideo\nMore",
                  "Click here to search\nsearch\nsearch",
                  "Live",
                  "News|Diplomacy",
                  a["title"],
                  top,
                  f"Listen to this article\n{mins} mins" if i % 2 == 0 else None,
                  pub,
                  f"{x.day} {mon3(x)} {x.year}",
                  "Click here to share on social media\nshare2\nSave",
                  cap,
                  "\n\n".join(body),
                  bio,
                  source,
                  "Advertisement",
                  "Listen to these podcasts\nFrom: The Daily Brief\nWhy the ferries stopped running\nOur correspondents explain what happened, and what comes next.\nplay\nFrom: Inside Story\nCan talks end a border dispute?\nplay",
                  "You might also like\n" + "\n".join(others(a, 5)[3:]),
                  "Orient24 Media Network logo\nAbout\nAbout Us\nCode of Ethics\nTerms and Conditions\nEU/EEA Privacy Notice\nCookie Policy\nCookie Preferences\nConnect\nContact Us\nUser Accounts Help\nAdvertise with us",
                  f"© {max(x.year, 2019) + 1} Orient24 Media Network")
    return text, dict(byline="" if top is None else a["by"])

BLIND58 = [("blox-regional", blox_regional, "html"), ("tagdiv-wp", tagdiv_wp, "html"),
           ("thinktank-comment", thinktank_comment, "html"), ("un-drupal", un_drupal, "html"),
           ("channel-copy", channel_copy, "txt")]
