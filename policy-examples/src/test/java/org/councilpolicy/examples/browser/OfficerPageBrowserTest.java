package org.councilpolicy.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.service.PolicyService;
import org.councilpolicy.examples.service.ServiceOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer's page in a real browser: Debian's headless Chromium driven through its own chromedriver (never a
 * downloaded one). Pastes drafts, comments and messages, checks the verdict, the highlighted spans and the messages,
 * and keeps screenshots in {@code target/browser-screenshots}. Run with {@code -Pbrowser}.
 */
class OfficerPageBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "browser-screenshots");

    static PolicyService service;
    static WebDriver driver;
    static WebDriverWait wait;
    static Path profileDir;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Path.of(CHROMIUM)).as("apt-get install chromium chromium-driver").isExecutable();
        assertThat(Path.of(CHROMEDRIVER)).as("apt-get install chromium chromium-driver").isExecutable();
        RuleRegistry registry = RuleRegistry.discover();
        service = PolicyService.start(ServiceOptions.builder(List.of(registry.profileLoader().builtIn("uk-council"),
                        registry.profileLoader().builtIn("south-hams-west-devon")))
                .port(0).shutdownGrace(Duration.ofSeconds(1)).build(), registry);
        profileDir = Files.createTempDirectory("policykit-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profileDir, "--window-size=1100,1500", "--lang=en-GB");
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
        }
        if (profileDir != null) {
            try (var files = Files.walk(profileDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void openPage() {
        driver.get("http://127.0.0.1:" + service.port() + "/");
        // ready once the profiles and the rule catalogue have loaded
        wait.until(d -> new Select(d.findElement(By.id("profile"))).getOptions().size() == 2);
        wait.until(d -> Boolean.TRUE.equals(js("return document.getElementById('profile').value !== ''")));
    }

    @Test
    void aDraftWithAPhoneNumberIsBlockedAndTheNumberIsHighlightedWithItsClause() throws IOException {
        String draft = "Thanks to everyone who came on Saturday. Any questions, call Jane on 07700 900123.";
        check(draft, "CORPORATE", "X");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-verdict")));
        assertThat(verdict.getText()).startsWith("BLOCK: Do not publish");
        WebElement phone = finding("personal-data.phone");
        int n = number(phone);
        assertThat(markedText(n)).isEqualTo("07700 900123");
        assertThat(phone.findElement(By.className("message")).getText()).contains("phone number");
        assertThat(phone.findElement(By.className("suggestion")).getText()).startsWith("Suggestion: Remove the phone number");
        assertThat(phone.findElements(By.className("clause")).get(0).getText())
                .startsWith("Policy PD-1 (Personal data and confidentiality): Nothing that identifies a member of the public")
                .contains("Suffolk County Council, Social Media Policy v1.4 (May 2024), section 3.4");
        // the marked box shows the text exactly as pasted
        assertThat(driver.findElement(By.id("draft-marked")).getText()).isEqualTo(draft);
        shot("draft-blocked");
    }

    @Test
    void overlappingAndSeveralFindingsAreEachMarkedOverTheirOwnSpans() throws IOException {
        new Select(driver.findElement(By.id("profile"))).selectByValue("south-hams-west-devon");
        String draft = "Vote Labour on Thursday! Email jane.whitfield@example.com or call 07700 900123.";
        check(draft, "CORPORATE", "FACEBOOK");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-verdict"))).getText())
                .startsWith("BLOCK");
        List<WebElement> findings = driver.findElements(By.cssSelector("#draft-findings > li"));
        assertThat(findings).hasSizeGreaterThanOrEqualTo(3);
        assertThat(markedText(number(finding("personal-data.email")))).isEqualTo("jane.whitfield@example.com");
        assertThat(markedText(number(finding("personal-data.phone")))).isEqualTo("07700 900123");
        assertThat(markedText(number(finding("neutrality.campaigning")))).startsWith("Vote Labour");
        shot("draft-several");
    }

    @Test
    void aCleanDraftPassesAndPastedMarkupStaysText() throws IOException {
        check("Green bin collections resume on Monday <img src=x onerror=alert(1)> #SHDC", "CORPORATE", "X");
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-verdict")));
        assertThat(verdict.getText()).doesNotStartWith("BLOCK");
        assertThat(driver.findElements(By.cssSelector("#draft-result img"))).isEmpty();
        assertThat(driver.findElement(By.id("draft-result")).getText()).doesNotContain("Could not");
    }

    @Test
    void aCommentIsDecidedWithItsGroundAndWhatToTellThePoster() throws IOException {
        WebElement draftTab = driver.findElement(By.id("tab-draft"));
        draftTab.sendKeys(Keys.ARROW_RIGHT); // the tabs work from the keyboard
        assertThat(driver.findElement(By.id("tab-comment")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(driver.findElement(By.id("panel-comment")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("panel-draft")).isDisplayed()).isFalse();
        driver.findElement(By.id("comment-text")).sendKeys("The bins on Oak Road were missed again, f**king useless");
        new Select(driver.findElement(By.id("comment-platform"))).selectByValue("FACEBOOK");
        driver.findElement(By.id("comment-submit")).click();
        WebElement decision = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-decision")));
        assertThat(decision.getText()).startsWith("DELETE");
        assertThat(driver.findElement(By.id("comment-grounds")).getText()).contains("PROFANITY");
        assertThat(driver.findElement(By.id("comment-explanation")).getText()).isNotBlank();
        shot("comment-deleted");

        driver.findElement(By.id("comment-text")).clear();
        driver.findElement(By.id("comment-text")).sendKeys("The council is useless and this decision is idiotic");
        driver.findElement(By.id("comment-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-decision"), "KEEP"));
        assertThat(driver.findElement(By.id("comment-grounds")).getText()).startsWith("None");
    }

    @Test
    void anInboundMessageShowsItsTypeDueDateAndWhatToReply() throws IOException {
        driver.findElement(By.id("tab-message")).click();
        driver.findElement(By.id("message-text")).sendKeys("Can you tell me how much the council spent on agency staff in 2024?");
        js("document.getElementById('message-received').value = '2026-03-02'");
        new Select(driver.findElement(By.id("message-channel"))).selectByValue("PUBLIC");
        driver.findElement(By.id("message-submit")).click();
        WebElement type = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-type")));
        assertThat(type.getText()).startsWith("FOI: A Freedom of Information request");
        assertThat(driver.findElement(By.id("message-due")).getText()).isEqualTo("2026-03-31 (FOIA)");
        assertThat(driver.findElement(By.id("message-actions")).getText())
                .contains("Forward it to the information team now");
        assertThat(driver.findElement(By.id("message-reply")).getText()).contains("31 March 2026");
        shot("message-foi");
    }

    @Test
    void everyControlHasALabelAndThePageMakesNoOutsideRequest() {
        Object unlabelled = js("return Array.from(document.querySelectorAll('textarea, select, input'))"
                + ".filter(e => !document.querySelector('label[for=\"' + e.id + '\"]')).map(e => e.id)");
        assertThat((List<?>) unlabelled).isEmpty();
        check("Bins on Monday #SHDC", "SERVICE", "LINKEDIN");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-verdict")));
        Object hosts = js("return performance.getEntriesByType('resource').map(r => new URL(r.name).host)"
                + ".concat([location.host]).filter((h, i, a) => a.indexOf(h) === i)");
        assertThat(((List<?>) hosts).stream().map(String::valueOf).toList()).containsExactly("127.0.0.1:" + service.port());
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static void check(String draft, String account, String platform) {
        WebElement text = driver.findElement(By.id("draft-text"));
        text.clear();
        // paste, as an officer would: one input event with the whole text
        js("const t = document.getElementById('draft-text'); t.value = arguments[0];"
                + "t.dispatchEvent(new Event('input', {bubbles: true}));", draft);
        new Select(driver.findElement(By.id("draft-account"))).selectByValue(account);
        new Select(driver.findElement(By.id("draft-platform"))).selectByValue(platform);
        js("document.getElementById('draft-result').replaceChildren()");
        driver.findElement(By.id("draft-submit")).click();
    }

    private static WebElement finding(String rule) {
        return wait.until(d -> d.findElements(By.cssSelector("#draft-findings > li[data-rule='" + rule + "']"))
                .stream().findFirst().orElse(null));
    }

    private static int number(WebElement finding) {
        String id = finding.getAttribute("id");
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    /** The text of every mark that belongs to finding {@code n}, joined: exactly its span. */
    private static String markedText(int n) {
        return (String) js("return Array.from(document.querySelectorAll('#draft-marked mark'))"
                + ".filter(m => m.dataset.findings.split(' ').includes(String(arguments[0])))"
                + ".map(m => m.textContent).join('')", n);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void shot(String name) throws IOException {
        File f = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
