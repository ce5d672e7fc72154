package org.councilpolicy.content.requiredcontent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void findsExplicitWwwAndBareDomainLinks() {
        String text = "See https://www.suffolk.gov.uk/fire, (www.example.org) or southhams.gov.uk/bins.";
        assertThat(Links.find(text)).extracting(Links.Link::host)
                .containsExactly("suffolk.gov.uk", "example.org", "southhams.gov.uk");
        assertThat(Links.find(text).get(2).url()).isEqualTo("southhams.gov.uk/bins");
    }

    @Test
    void ignoresEmailsAbbreviationsAndTimes() {
        assertThat(Links.find("Email bins@example.org, e.g. Mon–Fri 9.30am, v1.2 or 3.5m")).isEmpty();
    }

    @Test
    void hostOfAUrl() {
        assertThat(Links.host("HTTPS://Www.RushCliffe.gov.uk/x?y")).isEqualTo("rushcliffe.gov.uk");
        assertThat(Links.host("not a link")).isNull();
    }
}
