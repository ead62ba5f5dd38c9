"""The dashboard in a real browser: headless Chromium from Debian, driven by Selenium through
Debian's chromedriver, against a real Mosquitto, a real llmos-fleet process and a real
llmos-agent that dials out to it. A destructive action is held on the agent; a viewer sees it
and has nothing to press; an operator logs in, sees it pending, clicks confirm, and the action
runs on the agent, once. A POST without the CSRF token is refused."""

from __future__ import annotations

import base64
import hashlib
import shutil
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from llmos.agent.domain import Role
from llmos.fleet.config import FleetServiceConfig
from llmos.fleet.users import Users
from llmos.fleet.v1 import fleet_pb2
from llmos.fleet.web import SESSION
from llmos.v1 import commands_pb2
from tests.integration.test_fleet_service import RESTART, Fleet, online, running_fleet, wait_for
from tests.support.daemon import free_port

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    def add_users(config: FleetServiceConfig) -> None:
        users = Users(config.users_path)
        users.add("vera", Role.VIEWER, PASSWORD)
        users.add("otto", Role.OPERATOR, PASSWORD)

    yield from running_fleet(tmp_path, web_port=free_port(), prepare=add_users)


def _spki_pin(cert: Path) -> str:
    """Chromium trusts exactly this server key (not every certificate error)."""
    key = x509.load_pem_x509_certificate(cert.read_bytes()).public_key()
    der = key.public_bytes(serialization.Encoding.DER,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


@pytest.fixture
def browser(fleet: Fleet, tmp_path: Path) -> Iterator[Any]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("chromium and chromium-driver are not installed (make setup installs them)")
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'chromium'}", "--no-first-run",
                 f"--ignore-certificate-errors-spki-list={_spki_pin(fleet.dir / 'pki/fleet-server.crt')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options,
                              service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _login(driver: Any, url: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url + "/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login").click()
    assert _wait(driver, "role").text in ("viewer", "operator")


def _wait(driver: Any, element_id: str) -> Any:
    """The element once the page that has it has loaded (a click does not wait for that)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 20).until(
        expected_conditions.presence_of_element_located((By.ID, element_id)))


def test_an_operator_confirms_a_held_action_in_chromium(fleet: Fleet, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    url = f"https://{fleet.config.web_listen}"
    operator = fleet.stub("operator")
    fleet.agent("edge-1", policy={"tools": {"restart_service": {"confirm": True}}})
    wait_for(lambda: online(operator, "edge-1"), what="edge-1 online")
    held = operator.SendCommand(fleet_pb2.SendCommandRequest(device="edge-1", execute=RESTART,
                                                             wait_s=20))
    assert held.outcome.status == commands_pb2.ACTION_STATUS_PENDING
    wait_for(lambda: operator.GetDevice(fleet_pb2.GetDeviceRequest(name="edge-1")).reported
             .pending, what="the pending action in the shadow")

    # a viewer sees it and has nothing to press
    _login(browser, url, "vera")
    pending = browser.find_element(By.ID, "pending").text
    assert held.id in pending and "restart_service" in pending and "nginx.service" in pending
    assert browser.find_elements(By.CSS_SELECTOR, "button.confirm") == []
    assert "an operator confirms or rejects" in pending
    assert "edge-1" in browser.find_element(By.ID, "devices").text
    browser.find_element(By.ID, "logout").click()
    _wait(browser, "password")
    assert browser.current_url.endswith("/login")

    # an operator sees it pending and confirms it
    _login(browser, url, "otto")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "tr.pending")
               if held.id in r.text)
    assert "edge-1" in row.text
    assert fleet.runs("edge-1") == 0
    row.find_element(By.CSS_SELECTOR, "button.confirm").click()
    result = _wait(browser, "result").text
    assert "confirm fleet-" in result and "to edge-1: answered, OK" in result, result
    assert f"action {held.id} SUCCEEDED" in result, result
    assert fleet.agents["edge-1"].output().count("restart_service succeeded: recorded") == 1

    # a second held action, rejected with a reason: it never runs
    second = operator.SendCommand(fleet_pb2.SendCommandRequest(device="edge-1", execute=RESTART,
                                                               wait_s=20))
    assert second.outcome.status == commands_pb2.ACTION_STATUS_PENDING
    wait_for(lambda: [a.id for a in operator.GetDevice(fleet_pb2.GetDeviceRequest(
        name="edge-1")).reported.pending] == [second.id], what="the second action in the shadow")
    browser.find_element(By.LINK_TEXT, "back").click()
    row = next(r for r in (_wait(browser, "pending"), *browser.find_elements(
        By.CSS_SELECTOR, "tr.pending")) if r.tag_name == "tr" and second.id in r.text)
    row.find_element(By.NAME, "reason").send_keys("not during the demo")
    row.find_element(By.CSS_SELECTOR, "button.reject").click()
    result = _wait(browser, "result").text
    assert f"action {second.id} REJECTED" in result, result
    assert fleet.agents["edge-1"].output().count("restart_service succeeded: recorded") == 1

    # back on the page: nothing pending once the device reported; the decision is plotted;
    # the audit log names the dashboard's user
    browser.find_element(By.LINK_TEXT, "back").click()
    _wait(browser, "devices")
    wait_for(lambda: not operator.GetDevice(fleet_pb2.GetDeviceRequest(name="edge-1")).reported
             .pending, what="the shadow without the pending action")
    browser.refresh()
    assert browser.find_elements(By.CSS_SELECTOR, "tr.pending") == []
    assert browser.find_elements(By.CSS_SELECTOR, "#plot circle")
    assert "web:otto" in browser.find_element(By.ID, "audit").text
    assert "edge-1" in wait_for(lambda: (browser.refresh(), browser.find_elements(
        By.ID, "events"))[1], what="the agent's live events")[0].text

    # a job: its rollout shows on the page (a dry run: no confirmation needed)
    dry = commands_pb2.ExecuteRequest(action=RESTART.action, dry_run=True)
    job = operator.CreateJob(fleet_pb2.CreateJobRequest(devices=["edge-1"], execute=dry))
    wait_for(lambda: operator.GetJob(fleet_pb2.GetJobRequest(id=job.id)).status
             == fleet_pb2.JOB_STATUS_SUCCEEDED, what="the job")
    browser.refresh()
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "tr.job") if job.id in r.text)
    assert "succeeded" in row.text and "1/1" in row.text

    # the operator's own session, without the form's token: refused
    cookie = browser.get_cookie(SESSION)
    assert cookie and cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Strict"
    context = ssl.create_default_context(cafile=str(fleet.dir / "pki/fleet-ca.crt"))
    forged = urllib.request.Request(
        url + "/confirm", method="POST",
        data=urllib.parse.urlencode({"device": "edge-1", "id": held.id}).encode(),
        headers={"Cookie": f"{SESSION}={cookie['value']}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged, context=context, timeout=10)
    assert refused.value.code == 403
    assert fleet.agents["edge-1"].output().count("restart_service succeeded: recorded") == 1
